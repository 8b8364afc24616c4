import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import { listOutboundMail } from '~/modules/mail/outbox.server'
import { isDevMailOpen } from '~/modules/mail/dev-mail.server'
import { getEnv } from '~/utils/env.server'
import { formatDate } from '~/utils/format'

/**
 * Development only: the mails that would have gone out, with their links. Reset links open every
 * account, so only a browser on this machine sees them, and only while no mail is really sent.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  if (!isDevMailOpen(getEnv(), context)) throw new Response('Not Found', { status: 404 })
  return { mails: await listOutboundMail(50) }
}

export default function DevMail() {
  const t = useT()
  const lang = useLang()
  const { mails } = useLoaderData<typeof loader>()
  return (
    <section className="stack">
      <h1>{t('devMail.title')}</h1>
      {mails.length === 0 ? <p>{t('devMail.empty')}</p> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="card mail">
          <h2>{mail.subject}</h2>
          <p>
            {t('devMail.to')}: <span data-testid="mail-to">{mail.to}</span> · {formatDate(lang, mail.createdAt)}
          </p>
          <pre>{mail.text}</pre>
          {mail.links.map((href) => (
            <p key={href}>
              <a href={href}>{href}</a>
            </p>
          ))}
        </article>
      ))}
    </section>
  )
}
