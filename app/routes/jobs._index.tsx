import type { LinksFunction, LoaderFunctionArgs, MetaDescriptor, MetaFunction } from '@remix-run/node'
import { useLoaderData, useNavigate, useNavigation } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { EmptyResult } from '~/components/search/empty-result'
import { FilterPanel } from '~/components/search/filter-panel'
import { Pagination, pageCount } from '~/components/search/pagination'
import { ResultList } from '~/components/search/result-list'
import { ResultsHeading } from '~/components/search/results-heading'
import { SaveSearch } from '~/components/search/save-search'
import { SearchBar } from '~/components/search/search-bar'
import { RelatedOccupations, Understood } from '~/components/search/understood'
import searchStyles from '~/components/search/search.css?url'
import { translate, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { HARZ_DISTRICTS } from '~/modules/reference/harz-districts'
import { asksForFreshAnswer } from '~/http/fresh-answer'
import { searchListings, searchResultCache } from '~/modules/search/query.server'
import { parseSearchParams } from '~/modules/search/search.schema'
import { type FacetParam, type SearchInput } from '~/modules/search/search-params'
import { searchHref, toSearchParams, toggleFacet } from '~/modules/search/search-url'
import { langFromMatches } from '~/utils/meta'

const FORM_ID = 'jobs-search'
const TYPING_DELAY_MS = 300

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: searchStyles }]

export async function loader({ request }: LoaderFunctionArgs) {
  // Lenient: a stale or hand-edited link still shows a search, without the values it cannot read.
  const { input } = parseSearchParams(new URL(request.url))
  const result = await searchListings(input, { lang: getLang(request), cache: searchResultCache({ fresh: asksForFreshAnswer(request) }), withRelated: true })
  return { input, result, now: new Date().toISOString() }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const lang = langFromMatches(matches)
  const what = [data?.input.q, data?.result.place?.name].filter(Boolean).join(' · ')
  const title = what ? translate(lang, 'search.meta.titleWith', { what }) : translate(lang, 'search.meta.title')
  const tags: MetaDescriptor[] = [{ title }, { name: 'description', content: translate(lang, 'search.meta.description') }]
  if (data) {
    const pages = pageCount(data.result.total, data.input.size)
    if (data.input.page > 1) tags.push({ tagName: 'link', rel: 'prev', href: searchHref(data.input, { page: data.input.page - 1 }) })
    if (data.input.page < pages) tags.push({ tagName: 'link', rel: 'next', href: searchHref(data.input, { page: data.input.page + 1 }) })
  }
  return tags
}

/** The search as typed so far: text and place from their fields, radius only with a place. */
function normalised(input: SearchInput, q: string, where: string): SearchInput {
  const place = where.trim()
  return { ...input, q: q.trim(), where: place, radius: place ? (input.radius ?? 25) : null, page: 1 }
}

export default function Jobs() {
  const { input, result, now } = useLoaderData<typeof loader>()
  const t = useT()
  const navigate = useNavigate()
  const navigation = useNavigation()
  const qRef = useRef<HTMLInputElement>(null)
  const whereRef = useRef<HTMLInputElement>(null)
  const resultsRef = useRef<HTMLElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  // Ahead of the URL while a request runs, so a ticked box stays ticked; reset by every new URL.
  const [draft, setDraft] = useState(input)
  const urlKey = toSearchParams(input).toString()
  useEffect(() => {
    setDraft(input)
    // Back/forward and links change the search; a field being typed in keeps what is typed.
    for (const [ref, value] of [[qRef, input.q], [whereRef, input.where]] as const) {
      if (ref.current && document.activeElement !== ref.current) ref.current.value = value
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the URL is the identity of the search
  }, [urlKey])
  useEffect(() => () => clearTimeout(timer.current), [])

  const isLoading = navigation.state === 'loading' && navigation.location.pathname === '/jobs'
  const [minHeight, setMinHeight] = useState<number>()
  useEffect(() => setMinHeight(isLoading ? resultsRef.current?.offsetHeight : undefined), [isLoading])

  const go = (next: SearchInput, replace: boolean) => navigate(searchHref(next, {}), { replace, preventScrollReset: true })
  const change = (changes: Partial<SearchInput>, opts: { debounce?: boolean; replace?: boolean } = {}) => {
    const next = normalised({ ...draft, ...changes }, qRef.current?.value ?? draft.q, whereRef.current?.value ?? draft.where)
    setDraft(next)
    clearTimeout(timer.current)
    if (opts.debounce) timer.current = setTimeout(() => go(next, true), TYPING_DELAY_MS)
    else go(next, opts.replace ?? true)
  }
  const onToggle = (param: FacetParam, value: string) => change(toggleFacet(draft, param, value))
  const fieldTitles = new Map(result.facets.field.map((f) => [f.value, f.label ?? f.value]))

  return (
    <div className="jobs">
      <h1>{t('search.title')}</h1>
      <SearchBar
        formId={FORM_ID}
        input={draft}
        defaultPlaces={HARZ_DISTRICTS.map((d) => ({ value: d.town, label: t(`district.${d.code}`) }))}
        qRef={qRef}
        whereRef={whereRef}
        onTyping={() => change({}, { debounce: true })}
        onRadiusChange={(radius) => change({ radius: radius as SearchInput['radius'] })}
        onSubmit={(event) => {
          event.preventDefault()
          change({}, { replace: false })
        }}
      />
      <div className="jobs__layout">
        <FilterPanel formId={FORM_ID} draft={draft} facets={result.facets} onToggle={onToggle} onChange={change} />
        <section
          ref={resultsRef}
          className={isLoading ? 'results results--loading' : 'results'}
          aria-labelledby="results-title"
          aria-busy={isLoading}
          style={minHeight ? { minHeight } : undefined}
        >
          <ResultsHeading formId={FORM_ID} input={input} sort={draft.sort} result={result} isLoading={isLoading} onSort={(sort) => change({ sort })} />
          <Understood input={input} understood={result.understood} />
          <SaveSearch input={input} />
          {result.notice === 'fallback' ? <p className="alert alert--info">{t('search.fallback')}</p> : null}
          {result.whereNotFound ? <p className="alert alert--info">{t('search.whereNotFound', { where: input.where })}</p> : null}
          {result.hits.length > 0 ? (
            <ResultList hits={result.hits} place={result.place} now={now} />
          ) : (
            <EmptyResult input={input} suggestions={result.suggestions ?? []} fieldTitles={fieldTitles} />
          )}
          <RelatedOccupations input={input} related={result.related} />
          <Pagination input={input} total={result.total} />
        </section>
      </div>
    </div>
  )
}
