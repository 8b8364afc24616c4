import type { LoaderFunctionArgs } from '@remix-run/node'
import type { AppLoadContext } from '@remix-run/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedOrganization } from '../../db/seed/factories'
import { seedEvent } from '../../app/modules/events/events.test-helper'
import { getEnv } from '../../app/utils/env.server'
import { loader as eventsLoader } from '../../app/routes/events._index'
import * as eventLoaderRoute from '../../app/routes/events.$id'
import * as icsLoaderRoute from '../../app/routes/events.$id[.]ics'
import * as chamberLoaderRoute from '../../app/routes/chambers.$slug'
import { loader as chambersLoader } from '../../app/routes/chambers._index'
import { guardRouteModule } from '../../server/route-edge'
import { setupAppDatabase } from '../support/app-database'

// Through the route edge, as the server runs them: typed errors become their statuses there.
const eventLoader = guardRouteModule(eventLoaderRoute).loader as (args: LoaderFunctionArgs) => Promise<unknown>
const icsLoader = guardRouteModule(icsLoaderRoute).loader as (args: LoaderFunctionArgs) => Promise<unknown>
const chamberLoader = guardRouteModule(chamberLoaderRoute).loader as (args: LoaderFunctionArgs) => Promise<unknown>

const ctx = setupAppDatabase()
const context = {} as AppLoadContext
const origin = getEnv().APP_ORIGIN
const ids: Record<string, string> = {}

async function run(load: () => Promise<unknown>): Promise<{ status: number; body: unknown; response?: Response }> {
  try {
    const result = await load()
    if (result instanceof Response) return { status: result.status, body: null, response: result }
    const withInit = result as { type?: string; data?: unknown; init?: { status?: number } }
    if (withInit?.type === 'DataWithResponseInit') return { status: withInit.init?.status ?? 200, body: withInit.data }
    return { status: 200, body: result }
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: null, response: thrown }
    const init = (thrown as { type?: string; init?: { status?: number } }).type === 'DataWithResponseInit' ? (thrown as { init?: { status?: number } }).init : undefined
    if (init) return { status: init.status ?? 500, body: null }
    throw thrown
  }
}

const args = (path: string, params: Record<string, string> = {}) => ({ request: new Request(`http://localhost${path}`), params, context })

beforeAll(async () => {
  const { db } = ctx
  const chamber = await seedOrganization(db, { kind: 'chamber', name: 'Kreishandwerkerschaft Seiten' })
  const company = await seedOrganization(db)
  Object.assign(ids, { chamberSlug: chamber.slug, companySlug: company.slug })
  ids.upcoming = (await seedEvent(db, chamber.id, { title: 'Ausbildungsbörse; Harz, 2026', description: 'Komm vorbei </script>', venue: 'Rathaus' })).id
  ids.past = (await seedEvent(db, chamber.id, { title: 'Vergangene Börse', inHours: -48 })).id
})

describe('events pages', () => {
  it('lists upcoming events but not past ones, and ignores a filter that is not a choice', async () => {
    const { status, body } = await run(() => eventsLoader(args('/events?kind=party&district=99999')))
    expect(status).toBe(200)
    const page = body as { items: Array<{ id: string }>; filter: { kind: null; district: null } }
    expect(page.items.map((e) => e.id)).toEqual([ids.upcoming])
    expect(page.filter).toMatchObject({ kind: null, district: null })
  })

  it('shows an upcoming event with Event JSON-LD that cannot close its script tag', async () => {
    const { status, body } = await run(() => eventLoader(args(`/events/${ids.upcoming}`, { id: ids.upcoming })))
    expect(status).toBe(200)
    const page = body as { gone: false; jsonLd: string; canonical: string }
    expect(page.canonical).toBe(`${origin}/events/${ids.upcoming}`)
    expect(page.jsonLd).not.toContain('<')
    expect(JSON.parse(page.jsonLd)).toMatchObject({ '@type': 'Event', name: 'Ausbildungsbörse; Harz, 2026', url: page.canonical })
  })

  it('answers 410 without JSON-LD for a past event, and 404 for an unknown one', async () => {
    const gone = await run(() => eventLoader(args(`/events/${ids.past}`, { id: ids.past })))
    expect(gone.status).toBe(410)
    expect(gone.body).toMatchObject({ gone: true, event: { title: 'Vergangene Börse' } })
    expect(gone.body).not.toHaveProperty('jsonLd')
    expect((await run(() => eventLoader(args('/events/nope', { id: 'nope' })))).status).toBe(404)
  })

  it('serves the calendar file as an attachment with CRLF lines', async () => {
    const { status, response } = await run(() => icsLoader(args(`/events/${ids.upcoming}.ics`, { id: ids.upcoming })))
    expect(status).toBe(200)
    expect(response!.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(response!.headers.get('Content-Disposition')).toBe('attachment; filename="ausbildungsboerse-harz-2026.ics"')
    const text = await response!.text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text).toContain('SUMMARY:Ausbildungsbörse\\; Harz\\, 2026\r\n')
    expect(text).toContain(`URL:${origin}/events/${ids.upcoming}\r\n`)
    expect((await run(() => icsLoader(args(`/events/${ids.past}.ics`, { id: ids.past })))).status).toBe(410)
    expect((await run(() => icsLoader(args('/events/x.ics', { id: 'x' })))).status).toBe(404)
  })
})

describe('chamber pages', () => {
  it('lists the chambers and shows one by its slug', async () => {
    const list = await run(() => chambersLoader(args('/chambers')))
    expect((list.body as { chambers: Array<{ name: string }> }).chambers.map((c) => c.name)).toEqual(['Kreishandwerkerschaft Seiten'])
    const page = await run(() => chamberLoader(args(`/chambers/${ids.chamberSlug}`, { slug: ids.chamberSlug })))
    expect(page.status).toBe(200)
    expect((page.body as { events: Array<{ id: string }> }).events.map((e) => e.id)).toEqual([ids.upcoming])
  })

  it('is 404 for an unknown slug and for a company', async () => {
    expect((await run(() => chamberLoader(args('/chambers/gibt-es-nicht', { slug: 'gibt-es-nicht' })))).status).toBe(404)
    expect((await run(() => chamberLoader(args(`/chambers/${ids.companySlug}`, { slug: ids.companySlug })))).status).toBe(404)
  })
})
