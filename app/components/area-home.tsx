import { useT, type MessageKey } from '~/i18n'
import { Notice } from './notice'

interface AreaHomeProps {
  title: string
  /** A line under the title: greeting or role. */
  lead: string
  isVerified: boolean
  intro?: MessageKey
}

/** The start page of a signed-in area: who you are and what is pending; the area's navigation says where to go. */
export function AreaHome({ title, lead, isVerified, intro }: AreaHomeProps) {
  const t = useT()
  return (
    <section className="stack">
      <h1>{title}</h1>
      <Notice />
      <p>{lead}</p>
      {!isVerified ? <p className="alert alert--info">{t('auth.verify.pending')}</p> : null}
      {intro ? <p>{t(intro)}</p> : null}
    </section>
  )
}
