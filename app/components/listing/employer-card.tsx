import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import type { PublicListing } from '~/modules/listings/detail.server'
import { BuildingIcon } from '../icons'
import { CompanyBadges, WebsiteFact } from './company-badges'

/** The employer beside a listing: who they are, how big, and where to read more. */
export function EmployerCard({ company }: { company: PublicListing['company'] }) {
  const t = useT()
  return (
    <section className="side-card" aria-labelledby="employer-title">
      <h2 id="employer-title" className="side-card__title">
        {t('listingPage.employer')}
      </h2>
      <p className="side-card__name">
        <BuildingIcon />
        <span>{company.name}</span>
      </p>
      <CompanyBadges isVerified={company.isVerified} isTrainingCompany={company.isTrainingCompany} memberOf={company.memberOf} />
      <dl className="fact-list fact-list--compact">
        <div className="fact-list__row">
          <dt>{t('company.sector')}</dt>
          <dd>{t(`sector.${company.sector}`)}</dd>
        </div>
        {company.sizeBand ? (
          <div className="fact-list__row">
            <dt>{t('company.size')}</dt>
            <dd>{t(`company.size.${company.sizeBand}`)}</dd>
          </div>
        ) : null}
        <WebsiteFact website={company.website} />
      </dl>
      <p className="side-card__more">
        <Link to={`/companies/${encodeURIComponent(company.slug)}`}>{t('company.profile')}</Link>
      </p>
    </section>
  )
}
