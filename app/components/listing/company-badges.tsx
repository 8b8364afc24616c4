import { useT } from '~/i18n'
import { GlobeIcon } from '../icons'

/**
 * The marks a company can earn: a member business verified by its chambers (named; the plain
 * "checked" mark where the chambers are not known), and allowed to train apprentices.
 */
export function CompanyBadges({ isVerified, isTrainingCompany, memberOf = [] }: { isVerified: boolean; isTrainingCompany: boolean; memberOf?: string[] }) {
  const t = useT()
  if (!isVerified && !isTrainingCompany && memberOf.length === 0) return null
  return (
    <p className="company-badges">
      {memberOf.map((chamber) => (
        <span key={chamber} className="badge badge--verified">
          {t('chambers.badge.memberOf', { chamber })}
        </span>
      ))}
      {isVerified && memberOf.length === 0 ? <span className="badge badge--verified">{t('company.verified')}</span> : null}
      {isTrainingCompany ? <span className="badge badge--training">{t('company.trainingCompany')}</span> : null}
    </p>
  )
}

/** "https://www.firma.example/karriere" → "firma.example/karriere": readable, still recognisable. */
export function websiteLabel(url: string): string {
  try {
    const parsed = new URL(url)
    const path = parsed.pathname === '/' ? '' : parsed.pathname
    return `${parsed.host.replace(/^www\./, '')}${path}`
  } catch {
    return url
  }
}

/** Only http(s) addresses become links; anything else an employer typed stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url)
}

/** The website row of a company's fact list; nothing when the address is not a web URL. */
export function WebsiteFact({ website }: { website: string | null }) {
  const t = useT()
  if (!website || !isWebUrl(website)) return null
  return (
    <div className="fact-list__row">
      <dt>{t('company.website')}</dt>
      <dd>
        <a href={website} rel="noopener nofollow" className="icon-link">
          <GlobeIcon />
          {websiteLabel(website)}
        </a>
      </dd>
    </div>
  )
}
