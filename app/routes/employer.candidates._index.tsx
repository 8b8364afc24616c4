import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import { CandidateCard } from '~/components/candidates/candidate-card'
import { CandidateFilters } from '~/components/candidates/candidate-filters'
import { CandidatePager } from '~/components/candidates/candidate-pager'
import candidateStyles from '~/components/candidates/candidates.css?url'
import { SentInvitations } from '~/components/candidates/sent-invitations'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { OccupationPicker } from '~/components/employer/occupation-picker'
import searchStyles from '~/components/search/search.css?url'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { formatNumber, translate, useLang, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { readCandidateFilters } from '~/modules/candidates/candidates.schema'
import { listOpenCompanyListings } from '~/modules/candidates/company-listings.server'
import { listSentInvitations } from '~/modules/candidates/invitations.server'
import { searchCandidates } from '~/modules/candidates/search.server'
import { pickOccupationFromUrl } from '~/modules/listings/occupations.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles },
  { rel: 'stylesheet', href: applicationStyles },
  { rel: 'stylesheet', href: seekerStyles },
  { rel: 'stylesheet', href: searchStyles },
  { rel: 'stylesheet', href: candidateStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'candidates.title')} – Passgenau` }]

/** Filters that cannot be used are named next to their field, and the answer is a 400; the rest still search. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request, ['owner', 'recruiter'])
  const url = new URL(request.url)
  const { filters, errors } = readCandidateFilters(url.searchParams)
  // No offer type here: a seeker may wish for any occupation, not only recognised training ones.
  const occupation = await pickOccupationFromUrl(url, '')
  const [result, listings, sent] = await Promise.all([
    searchCandidates({ organizationId: m.organizationId, filters, occupationId: occupation.chosen?.id ?? null }),
    listOpenCompanyListings(m.organizationId),
    listSentInvitations(m.organizationId),
  ])
  const fieldErrors = { ...errors, ...result.errors }
  // Picking an occupation is its own GET form: it carries the other filters along.
  const keep = Object.fromEntries(['where', 'radius', 'german', 'available', 'listing', 'recommended'].flatMap((name) => (url.searchParams.get(name) ? [[name, url.searchParams.get(name)!]] : [])))
  const page = { ...result, errors: fieldErrors, occupation, listings, sent, keep, listingId: result.errors.listing ? null : filters.listingId }
  return data(page, { status: Object.keys(fieldErrors).length ? 400 : 200 })
}

export default function CandidateSearch() {
  const t = useT()
  const lang = useLang()
  const { items, total, page, pageCount, isRankCapped, place, errors, occupation, listings, sent, keep, listingId } = useLoaderData<typeof loader>()
  const countText = total === 1 ? t('candidates.results.one') : t('candidates.results.count', { count: total })
  return (
    <section className="stack candidates">
      <h1>{t('candidates.title')}</h1>
      <p>{t('candidates.intro')}</p>
      <OccupationPicker offerType="" query={occupation.query} matches={occupation.matches} chosen={occupation.chosen} keep={keep} />
      <CandidateFilters occupation={occupation.chosen} listings={listings} errors={errors} />
      <section className="stack" aria-labelledby="results-title">
        <h2 id="results-title">{t('candidates.results.title')}</h2>
        <p role="status">{total === 0 ? t('candidates.results.none') : countText}</p>
        {place ? <p className="muted">{t('candidates.results.from', { place: `${place.postalCode} ${place.name}` })}</p> : null}
        {isRankCapped ? <p className="alert alert--info">{t('candidates.results.rankCapped', { count: formatNumber(lang, total) })}</p> : null}
        {items.length ? (
          <ul className="candidate-list">
            {items.map((candidate) => (
              <li key={candidate.id}>
                <CandidateCard candidate={candidate} listingId={listingId} />
              </li>
            ))}
          </ul>
        ) : null}
        <CandidatePager page={page} count={pageCount} />
      </section>
      <SentInvitations invitations={sent} />
    </section>
  )
}
