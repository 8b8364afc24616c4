import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import { MAX_PAGE, MAX_RESULT_WINDOW, type SearchInput } from '~/modules/search/search-params'
import { searchHref } from '~/modules/search/search-url'

/** Page numbers around the current one, the first and the last; null marks a gap. */
export function pageWindow(current: number, count: number, spread = 2): Array<number | null> {
  const pages: Array<number | null> = []
  for (let page = 1; page <= count; page += 1) {
    if (page === 1 || page === count || Math.abs(page - current) <= spread) pages.push(page)
    else if (pages.at(-1) !== null) pages.push(null)
  }
  return pages
}

/** Pages that can be reached; beyond the result window the engine would answer empty pages. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.min(Math.ceil(total / size), MAX_PAGE, Math.floor(MAX_RESULT_WINDOW / size)))
}

function PageNumber({ page }: { page: number }) {
  const t = useT()
  return (
    <>
      <span className="visually-hidden">{t('search.pagination.page', { page })}</span>
      <span aria-hidden="true">{page}</span>
    </>
  )
}

/** Previous/next and numbered page links; `href` builds the address of a page. */
export function PageLinks({ page, count, href }: { page: number; count: number; href: (page: number) => string }) {
  const t = useT()
  if (count <= 1) return null
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

export function Pagination({ input, total }: { input: SearchInput; total: number }) {
  const count = pageCount(total, input.size)
  return <PageLinks page={Math.min(input.page, count)} count={count} href={(to) => searchHref(input, { page: to })} />
}
