import { useLang, useT } from '~/i18n'
import type { SearchResult } from '~/modules/search/search-types'
import { DEFAULT_RADIUS, SORTS, type SearchInput, type Sort } from '~/modules/search/search-params'
import { formatCount, pluralKey } from '~/utils/format'

interface ResultsHeadingProps {
  formId: string
  input: SearchInput
  sort: Sort
  result: Pick<SearchResult, 'total' | 'place'>
  isLoading: boolean
  onSort: (sort: Sort) => void
}

/** The number of hits (also announced to screen readers when it changes) and the sort order. */
export function ResultsHeading({ formId, input, sort, result, isLoading, onSort }: ResultsHeadingProps) {
  const t = useT()
  const lang = useLang()
  const count = t(pluralKey(lang, result.total, { one: 'search.results.count.one', other: 'search.results.count.other' }), {
    count: formatCount(lang, result.total),
  })
  // A place read from the text has the default radius.
  const radius = input.radius ?? DEFAULT_RADIUS
  const near = result.place ? t('search.results.near', { radius, place: result.place.name }) : null
  // Distance needs a place; without one the option would sort by nothing.
  const sorts = SORTS.filter((s) => s !== 'distance' || result.place)
  return (
    <div className="results__head">
      <h2 id="results-title" className="results__title">
        {count}
        {near ? <span className="results__near"> {near}</span> : null}
      </h2>
      <p className="visually-hidden" role="status">
        {isLoading ? t('search.results.loading') : [count, near].filter(Boolean).join(' ')}
      </p>
      <div className="results__sort">
        <label htmlFor="jobs-sort">{t('search.sort.label')}</label>
        <select id="jobs-sort" name="sort" form={formId} value={sort} onChange={(event) => onSort(event.currentTarget.value as Sort)}>
          {sorts.map((value) => (
            <option key={value} value={value}>
              {t(`search.sort.${value}`)}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit" form={formId} className="button button--small">
            {t('search.sort.apply')}
          </button>
        </noscript>
      </div>
    </div>
  )
}
