import { Link } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'
import { Notice } from './notice'

interface AreaHomeProps {
  title: string
  /** A line under the title: greeting or role. */
  lead: string
  isVerified: boolean
  intro?: MessageKey
  links: { to: string; label: MessageKey }[]
}

/** The start page of a signed-in area: who you are, what is pending, where to go. */
export function AreaHome({ title, lead, isVerified, intro, links }: AreaHomeProps) {
  const t = useT()
  return (
    <section className="stack">
      <h1>{title}</h1>
      <Notice />
      <p>{lead}</p>
      {!isVerified ? <p className="alert alert--info">{t('auth.verify.pending')}</p> : null}
      {intro ? <p>{t(intro)}</p> : null}
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{t(link.label)}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
