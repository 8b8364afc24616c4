import { useT, type MessageKey } from '~/i18n'
import { checkListingWording, splitByFindings, type FairWordingFinding } from '~/modules/listings/fair-wording'
import { CheckboxField } from '~/components/form/form-controls'

function Highlighted({ text, findings }: { text: string; findings: FairWordingFinding[] }) {
  return (
    <p className="fair-wording__text">
      {splitByFindings(text, findings).map((part, i) => (part.finding ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  )
}

/**
 * Hints of the AGG check for the text the form holds: the text with the findings marked, what each
 * one touches and a neutral alternative, and the box that confirms them for publishing.
 */
export function FairWordingPanel({ title, description, error }: { title: string; description: string; error?: MessageKey }) {
  const t = useT()
  const findings = checkListingWording({ title, description })
  if (findings.length === 0) return null
  const inTitle = findings.filter((f) => f.field === 'title')
  const inDescription = findings.filter((f) => f.field === 'description')
  return (
    <section className="fair-wording" aria-labelledby="fair-wording-title">
      <h2 id="fair-wording-title">{t('employer.fairWording.title', { count: findings.length })}</h2>
      <p>{t('employer.fairWording.intro')}</p>
      {inTitle.some((f) => f.end > f.start) ? (
        <>
          <h3>{t('employer.listing.title')}</h3>
          <Highlighted text={title} findings={inTitle} />
        </>
      ) : null}
      {inDescription.length ? (
        <>
          <h3>{t('employer.listing.description')}</h3>
          <Highlighted text={description} findings={inDescription} />
        </>
      ) : null}
      <ul className="fair-wording__list">
        {findings.map((f, i) => (
          <li key={i}>
            <strong>{f.text ? `„${f.text}“` : t('employer.fairWording.titleMarker')}</strong> – {t(`fairWording.category.${f.category}`)}
            {f.severity === 'note' ? ` ${t('employer.fairWording.note')}` : null} {t('employer.fairWording.alternative', { alternative: f.alternative })}
          </li>
        ))}
      </ul>
      <CheckboxField name="fairWordingConfirmed" label="employer.fairWording.confirm" error={error} />
    </section>
  )
}
