import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import { pluralKey } from '~/utils/format'

/** The employer dashboard's line on applications left 14 days without an answer. */
export function OverdueSummary({ count }: { count: number }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="stack" aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('applications.pipeline.all')}</h2>
      {count > 0 ? (
        <p>
          <Link to="/employer/applications?overdue=1" className="overdue-count">
            {t(pluralKey(lang, count, { one: 'applications.dashboard.overdue.one', other: 'applications.dashboard.overdue.other' }), { count })}
          </Link>
        </p>
      ) : (
        <p>{t('applications.dashboard.noneOverdue')}</p>
      )}
      <p>
        <Link to="/employer/applications">{t('applications.dashboard.all')}</Link>
      </p>
    </section>
  )
}
