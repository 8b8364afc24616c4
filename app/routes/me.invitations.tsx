import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import candidateStyles from '~/components/candidates/candidates.css?url'
import { CandidatesNotice } from '~/components/candidates/candidates-notice'
import { MyInvitationCard } from '~/components/candidates/my-invitation'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { FormMessage } from '~/components/form/field'
import { translate, useT } from '~/i18n'
import { requireSeeker } from '~/http/guards.server'
import { InvitationAnswerForm, InvitationIdForm } from '~/modules/candidates/candidates.schema'
import { answerInvitation, listMyInvitations } from '~/modules/candidates/seeker-invitations.server'
import type { FormState } from '~/utils/action-data'
import { checkWith } from '~/utils/form-check'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
  { rel: 'stylesheet', href: candidateStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'candidates.mine.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  return listMyInvitations(user.id)
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSeeker(context, request)
  const form = await request.formData()
  const fields = Object.fromEntries(form)
  const { invitationId } = parseWith(InvitationIdForm, fields)
  // The answer is refused by the module once the invitation is found to be the seeker's (anyone else's is a 404).
  const { answer } = await answerInvitation({ seekerId: user.id, invitationId, answer: checkWith(InvitationAnswerForm, fields) })
  return redirect(`/me/invitations?done=${answer === 'accept' ? 'accepted' : 'declined'}`)
}

export default function MyInvitations() {
  const t = useT()
  const { invitations, isFindable } = useLoaderData<typeof loader>()
  const result = useActionData<FormState>()
  const pending = invitations.filter((i) => i.status === 'pending')
  const answered = invitations.filter((i) => i.status !== 'pending')
  return (
    <section className="stack candidates">
      <h1>{t('candidates.mine.title')}</h1>
      <CandidatesNotice />
      <FormMessage error={result?.formError ?? (result?.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined)} />
      <p>{t('candidates.mine.intro')}</p>
      {!isFindable ? (
        <p className="alert alert--info">
          {t('candidates.mine.notFindable')} <Link to="/me/profile">{t('candidates.mine.toProfile')}</Link>
        </p>
      ) : null}
      {invitations.length === 0 ? <p>{t('candidates.mine.empty')}</p> : null}
      {pending.length ? (
        <section className="stack" aria-labelledby="pending-title">
          <h2 id="pending-title">{t('candidates.mine.pending')}</h2>
          {pending.map((i) => (
            <MyInvitationCard key={i.id} invitation={i} />
          ))}
        </section>
      ) : null}
      {answered.length ? (
        <section className="stack" aria-labelledby="answered-title">
          <h2 id="answered-title">{t('candidates.mine.answered')}</h2>
          {answered.map((i) => (
            <MyInvitationCard key={i.id} invitation={i} />
          ))}
        </section>
      ) : null}
    </section>
  )
}
