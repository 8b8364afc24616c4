import { Link } from '@remix-run/react'
import { useT } from '~/i18n'

/** "Melden" (DSA Art. 16): anyone can report the content of this page, no account needed. */
export function ReportLink({ listing, company, event }: { listing?: number; company?: string; event?: string }) {
  const t = useT()
  const query = listing !== undefined ? `listing=${listing}` : company !== undefined ? `company=${encodeURIComponent(company)}` : `event=${event}`
  return (
    <p className="report-link">
      <Link to={`/melden?${query}`} rel="nofollow">
        {t('moderation.report.link')}
      </Link>
    </p>
  )
}
