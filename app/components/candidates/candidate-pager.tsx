import { Link, useSearchParams } from '@remix-run/react'
import { pageWindow } from '~/components/search/pagination'
import { useT } from '~/i18n'

function PageNumber({ page }: { page: number }) {
  const t = useT()
  return (
    <>
      <span className="visually-hidden">{t('search.pagination.page', { page })}</span>
      <span aria-hidden="true">{page}</span>
    </>
  )
}

/** Page links that keep every filter of the current address. */
export function CandidatePager({ page, count }: { page: number; count: number }) {
  const t = useT()
  const [params] = useSearchParams()
  if (count <= 1) return null
  const href = (to: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(to))
    return `?${next}`
  }
  return (
    <nav className="pagination" aria-label={t('search.pagination.label')}>
      <p className="visually-hidden">{t('search.pagination.status', { page, count })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev" className="pagination__step">
              {t('search.pagination.previous')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, count).map((number, i) =>
          number === null ? (
            <li key={`gap-${i}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span className="pagination__current" aria-current="page">
                  <PageNumber page={number} />
                </span>
              ) : (
                <Link to={href(number)}>
                  <PageNumber page={number} />
                </Link>
              )}
            </li>
          ),
        )}
        {page < count ? (
          <li>
            <Link to={href(page + 1)} rel="next" className="pagination__step">
              {t('search.pagination.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
