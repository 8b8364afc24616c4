import { useLang, useT } from '~/i18n'
import { Prose } from './prose'

/** Layout for the legal and information pages: a readable column with a title and an optional date. */
export function LegalPage({
  title,
  intro,
  updated,
  isLegallyBinding = false,
  children,
}: {
  title: string
  intro?: string
  updated?: string
  /** A legal text: in any other language it says that the German text is the binding one. */
  isLegallyBinding?: boolean
  children: React.ReactNode
}) {
  const t = useT()
  const lang = useLang()
  return (
    <article className="legal">
      <header className="legal__header">
        <h1>{title}</h1>
        {isLegallyBinding && lang !== 'de' ? (
          <p className="alert alert--info legal__binding">
            {t('languages.binding')}{' '}
            <a href="?lang=de" hrefLang="de">
              {t('languages.bindingLink')}
            </a>
          </p>
        ) : null}
        {intro ? <p className="lead">{intro}</p> : null}
      </header>
      {children}
      {updated ? <p className="legal__updated">{t('legal.updated', { date: updated })}</p> : null}
    </article>
  )
}

export function LegalSection({
  id,
  title,
  body,
  children,
}: {
  id: string
  title: string
  body?: string
  children?: React.ReactNode
}) {
  return (
    <section className="legal__section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {body ? <Prose text={body} /> : null}
      {children}
    </section>
  )
}

/** A short table of contents for long pages, linking to each section's heading. */
export function LegalToc({ items }: { items: Array<{ id: string; title: string }> }) {
  const t = useT()
  return (
    <nav className="legal__toc" aria-labelledby="legal-toc-title">
      <h2 id="legal-toc-title">{t('legal.onThisPage')}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}-title`}>{item.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
