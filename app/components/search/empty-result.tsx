import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { Suggestion } from '~/modules/search/search-types'
import type { SearchInput } from '~/modules/search/search-params'
import { searchHref } from '~/modules/search/search-url'
import { withoutFilter } from '~/modules/search/suggestions'
import { formatCount, pluralKey } from '~/utils/format'
import { filterLabel } from './filter-label'

/** Nothing found: the ways out, each a link with the number of offers it leads to. */
export function EmptyResult({ input, suggestions, fieldTitles }: { input: SearchInput; suggestions: Suggestion[]; fieldTitles: Map<string, string> }) {
  const t = useT()
  const lang = useLang()
  const counted = (count: number) =>
    t(pluralKey(lang, count, { one: 'search.suggest.count.one', other: 'search.suggest.count.other' }), { count: formatCount(lang, count) })
  return (
    <div className="empty empty-result">
      <p>{t('search.results.empty')}</p>
      {suggestions.length > 0 ? (
        <>
          <p>{t('search.results.suggestions')}</p>
          <ul>
            {suggestions.map((suggestion) =>
              suggestion.kind === 'radius' ? (
                <li key="radius">
                  <Link to={searchHref(input, { radius: suggestion.radius, ...(suggestion.where ? { where: suggestion.where, q: suggestion.q } : {}) })}>{t('search.suggest.radius', { radius: suggestion.radius })}</Link> ({counted(suggestion.count)})
                </li>
              ) : (
                <li key={suggestion.param}>
                  <Link to={searchHref(withoutFilter(input, suggestion.param), {})}>
                    {t('search.suggest.drop', { filter: filterLabel(t, lang, suggestion.param, input, fieldTitles) })}
                  </Link>{' '}
                  ({counted(suggestion.count)})
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
    </div>
  )
}
