import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { EventList } from '~/components/events/event-list'
import eventStyles from '~/components/events/events.css?url'
import listingStyles from '~/components/listing/listing.css?url'
import { useLang, useT } from '~/i18n'
import { listUpcomingEvents, EVENTS_PAGE_SIZE } from '~/modules/events/events.server'
import { HARZ_DISTRICT_CODES, HARZ_DISTRICTS, type HarzDistrictCode } from '~/modules/reference/harz-districts'
import { getEnv } from '~/utils/env.server'
import { formatCount, pluralKey } from '~/utils/format'
import { pageMeta } from '~/utils/meta'
import { EVENT_KINDS } from '../../values/chambers'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: listingStyles },
  { rel: 'stylesheet', href: eventStyles },
]

// A filter that is not one of the choices is ignored, as if it were not set: the list still shows.
const Filter = z.object({
  kind: z.enum(EVENT_KINDS).nullable().catch(null),
  district: z
    .string()
    .refine((v): v is HarzDistrictCode => (HARZ_DISTRICT_CODES as readonly string[]).includes(v))
    .nullable()
    .catch(null),
  page: z.coerce.number().int().min(1).max(500).catch(1),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const filter = Filter.parse({ kind: params.get('kind'), district: params.get('district'), page: params.get('page') ?? 1 })
  const result = await listUpcomingEvents({ kind: filter.kind, districtCode: filter.district }, { page: filter.page })
  const pageCount = Math.max(1, Math.ceil(result.total / EVENTS_PAGE_SIZE))
  if (filter.page > pageCount) throw new Response(null, { status: 404 })
  return { ...result, filter, pageCount, canonical: new URL('/events', getEnv().APP_ORIGIN).toString() }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, 'events.list.title', 'events.list.description', { titleSuffix: ' – Passgenau', canonical: data?.canonical })

export default function Events() {
  const t = useT()
  const lang = useLang()
  const { items, total, filter, pageCount } = useLoaderData<typeof loader>()
  const pageHref = (page: number) => {
    const params = new URLSearchParams()
    if (filter.kind) params.set('kind', filter.kind)
    if (filter.district) params.set('district', filter.district)
    if (page > 1) params.set('page', String(page))
    const query = params.toString()
    return query ? `/events?${query}` : '/events'
  }
  return (
    <section className="events-page stack">
      <header>
        <h1>{t('events.list.title')}</h1>
        <p className="lead">{t('events.list.lead')}</p>
      </header>
      <Form method="get" className="event-filter" aria-label={t('events.filter.label')}>
        <div className="field">
          <label htmlFor="event-kind">{t('events.filter.kind')}</label>
          <select id="event-kind" name="kind" defaultValue={filter.kind ?? ''}>
            <option value="">{t('events.filter.allKinds')}</option>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`events.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="event-district">{t('events.filter.district')}</label>
          <select id="event-district" name="district" defaultValue={filter.district ?? ''}>
            <option value="">{t('events.filter.allDistricts')}</option>
            {HARZ_DISTRICTS.map((d) => (
              <option key={d.code} value={d.code}>
                {t(`district.${d.code}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t('events.filter.submit')}
        </button>
      </Form>
      <p role="status" className="event-count">
        {t(pluralKey(lang, total, { one: 'events.list.count.one', other: 'events.list.count.other' }), { count: formatCount(lang, total) })}
      </p>
      {items.length > 0 ? <EventList events={items} /> : <p className="empty">{t('events.list.empty')}</p>}
      {pageCount > 1 ? (
        <nav className="pager" aria-label={t('events.list.pages')}>
          {filter.page > 1 ? (
            <Link to={pageHref(filter.page - 1)} rel="prev">
              {t('events.list.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">{t('events.list.page', { page: formatCount(lang, filter.page), count: formatCount(lang, pageCount) })}</span>
          {filter.page < pageCount ? (
            <Link to={pageHref(filter.page + 1)} rel="next">
              {t('events.list.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  )
}
