import type { ReactNode } from 'react'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { ApplicantFacts } from '~/modules/applications/applicant-facts.server'
import { formatDate } from '~/utils/format'

/** The profile facts an application shares, as the seeker previews them and the company reads them. */
export function ApplicantFactsList({ facts }: { facts: ApplicantFacts }) {
  const t = useT()
  const lang = useLang()
  const yesNo = (value: boolean) => t(value ? 'applications.facts.yes' : 'applications.facts.no')
  const mobility = [
    facts.travelKm ? t('applications.facts.travel.km', { km: facts.travelKm }) : null,
    facts.hasCar ? t('applications.facts.car') : null,
    facts.usesPublicTransportOnly ? t('applications.facts.publicTransport') : null,
  ].filter(Boolean)
  const rows: Array<[MessageKey, ReactNode]> = []
  if (facts.targetGroup) rows.push(['applications.facts.targetGroup', t(`applications.targetGroup.${facts.targetGroup}`)])
  if (facts.certificate) rows.push(['applications.facts.certificate', t(`profile.certificate.${facts.certificate}`)])
  if (facts.germanLevel) rows.push(['applications.facts.german', t(facts.germanLevel === 'none' ? 'profile.german.none' : `germanLevel.${facts.germanLevel}`)])
  if (facts.languages.length) {
    const spoken = facts.languages.map((l) => {
      const key = `language.${l.code}` as MessageKey
      // A language the dictionaries have no name for is shown by its code rather than by the key.
      const language = t(key) === key ? l.code.toUpperCase() : t(key)
      return t('applications.language.level', { language, level: l.level === 'native' ? t('languageLevel.native') : l.level })
    })
    rows.push(['applications.facts.languages', spoken.join(', ')])
  }
  if (facts.foreignQualifications.length) {
    rows.push([
      'applications.facts.qualifications',
      <ul key="q" className="plain-list">
        {facts.foreignQualifications.map((q, i) => (
          <li key={i}>{t('applications.facts.qualification', { title: q.title, country: q.country, recognition: t(`recognition.${q.recognition}`) })}</li>
        ))}
      </ul>,
    ])
  }
  if (facts.skills.length) rows.push(['applications.facts.skills', facts.skills.join(', ')])
  if (facts.homePlace) rows.push(['applications.facts.home', facts.homePlace])
  if (mobility.length) rows.push(['applications.facts.travel', mobility.join(', ')])
  rows.push(['applications.facts.licence', yesNo(facts.hasDrivingLicence)])
  if (facts.availableFrom) rows.push(['applications.facts.availableFrom', formatDate(lang, facts.availableFrom)])
  return (
    <dl className="facts-list">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
