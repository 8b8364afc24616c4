import { useT } from '~/i18n'

interface Profile {
  name: string
  sector: string
  sizeBand: string | null
  description: string
  place: string
  website: string | null
  isTrainingCompany: boolean
}

/** The profile as recruiters see it: they may read it, owners edit it. */
export function CompanySummary({ profile }: { profile: Profile }) {
  const t = useT()
  const rows: Array<[string, string]> = [
    [t('employer.company.name'), profile.name],
    [t('company.sector'), t(`sector.${profile.sector}` as 'sector.other')],
    [t('company.size'), profile.sizeBand ? t(`company.size.${profile.sizeBand}` as 'company.size.1-9') : '–'],
    [t('company.place'), profile.place || '–'],
    [t('company.website'), profile.website ?? '–'],
    [t('company.trainingCompany'), t(profile.isTrainingCompany ? 'employer.yes' : 'employer.no')],
  ]
  return (
    <section className="form-section" aria-labelledby="company-summary-title">
      <h2 id="company-summary-title">{t('employer.company.formTitle')}</h2>
      <p className="alert alert--info">{t('employer.company.ownersOnly')}</p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('company.about')}</h3>
      <p className="fair-wording__text">{profile.description || '–'}</p>
    </section>
  )
}
