import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { routeManifest } from '../../support/remix-app'
import { createChecksum } from './db-checksum'
import { bodyKind, bodyOf, encodedFields, fieldNames, fileName, pathSegment, role, type Known } from './fuzz-input'
import { send, setupSite, type Role } from './site'

/*
 * Every loader and every action of app/routes, found from the route files themselves, gets generated
 * bad input as every kind of person. No answer may be a 500, and a refused request must leave the
 * database as it was. Seeded: a failure replays with the same FUZZ_SEED (and FUZZ_RUNS).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 13)
const RUNS = Number(process.env.FUZZ_RUNS ?? 1)
const LOADER_REQUESTS = Math.ceil(30 * RUNS)
const ACTION_REQUESTS = Math.ceil(95 * RUNS)

const site = setupSite()

interface Target {
  id: string
  /** The route's path pattern, e.g. `jobs/:listing/apply`. */
  path: string
  index: boolean
  hasLoader: boolean
  hasAction: boolean
}

async function targets(): Promise<Target[]> {
  const found: Target[] = []
  for (const route of Object.values(routeManifest())) {
    const module = await import(/* @vite-ignore */ `../../../app/${route.file}`)
    if (!module.loader && !module.action) continue
    found.push({ id: route.id, path: route.path ?? '', index: Boolean(route.index), hasLoader: Boolean(module.loader), hasAction: Boolean(module.action) })
  }
  return found
}

interface Sent {
  role: Role
  method: string
  url: string
  kind?: string
}

const describeSent = (s: Sent) => `${s.role} ${s.method} ${s.url.slice(0, 300)}${s.kind ? ` (${s.kind})` : ''}`

/** A concrete address for the route: its parameters filled, as a document or as a single-fetch data request. */
const address = (target: Target, known: Known) =>
  fc
    .tuple(fc.array(pathSegment(known), { minLength: 4, maxLength: 4 }), fc.boolean(), fc.array(pathSegment(known), { minLength: 1, maxLength: 3 }))
    .map(([values, asData, splat]) => {
      let i = 0
      const path = target.path
        .split('/')
        .map((segment) => (segment === '*' ? splat.join('/') : segment.startsWith(':') ? values[i++ % values.length] : segment))
        .join('/')
      const base = `/${path}`.replace(/\/$/, '') || '/'
      return asData ? (base === '/' ? '/_root.data' : `${base}.data`) : base
    })

const withQuery = (url: string, query: string, index: boolean) => {
  const parts = [index ? 'index' : '', query].filter(Boolean).join('&')
  return parts ? `${url}?${parts}` : url
}

describe('fuzzing every route', () => {
  it('never answers 500 and changes nothing when it refuses', async () => {
    const routes = await targets()
    const names = fieldNames()
    const known: Known = { ids: [String(site.listingId), site.applicationId, site.documentId, site.companySlug, site.chamberSlug, `${site.listingId}-elektroniker-in-m-w-d`] }
    const checksum = await createChecksum(site.db)
    const failures: string[] = []
    const perRoute = new Map<string, number>()
    let sent = 0
    const started = Date.now()
    let before = ''

    const stillChecksum = async (last: string) => {
      for (let i = 0; i < 10; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25))
        const next = await checksum()
        if (next === last) return next
        last = next
      }
      return last
    }
    const timing = new Map<string, number>()
    const run = async (target: Target, request: Sent, init: RequestInit, isAction: boolean) => {
      const t0 = performance.now()
      let status: number
      try {
        const response = await send(site, request.role, request.url, init)
        status = response.status
        await response.arrayBuffer()
      } catch (error) {
        status = 599
        failures.push(`${describeSent(request)} threw ${String(error)}`)
      }
      sent++
      perRoute.set(target.id, (perRoute.get(target.id) ?? 0) + 1)
      if (status >= 500) failures.push(`${describeSent(request)} → ${status} ${JSON.stringify(site.logged.splice(0).map(String)).slice(0, 600)}`)
      if (isAction) {
        const after = await checksum()
        if (status >= 400 && after !== before) failures.push(`${describeSent(request)} → ${status} but the database changed`)
        // An accepted request may finish writing after its answer (mail, notifications): wait until the
        // tables are still, so that the next request is judged by its own writes only.
        before = status >= 400 ? after : await stillChecksum(after)
      }
      timing.set(target.id, (timing.get(target.id) ?? 0) + performance.now() - t0)
    }

    // Loaders first; then actions, each compared with the checksum taken after the one before.
    for (const [n, target] of routes.entries()) {
      if (!target.hasLoader) continue
      const requests = fc.sample(fc.tuple(role, address(target, known), encodedFields(names, known)), { seed: SEED + n, numRuns: LOADER_REQUESTS })
      for (const [who, url, query] of requests) await run(target, { role: who, method: 'GET', url: withQuery(url, query, target.index) }, {}, false)
    }
    before = await checksum()
    for (const [n, target] of routes.entries()) {
      if (!target.hasAction) continue
      const requests = fc.sample(fc.tuple(role, address(target, known), encodedFields(names, known), bodyKind, fileName), { seed: SEED + 1000 + n, numRuns: ACTION_REQUESTS })
      for (const [who, url, fields, kind, file] of requests) {
        const { headers, body } = bodyOf(kind, fields, file)
        await run(target, { role: who, method: 'POST', url: withQuery(url, '', target.index), kind }, { method: 'POST', headers, body }, true)
      }
    }

    console.info(`fuzz: ${sent} requests to ${routes.length} routes in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${SEED})`)
    if (process.env.FUZZ_PROFILE) console.info([...timing].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([id, ms]) => `${id} ${Math.round(ms)}`).join('\n'))
    expect(failures).toEqual([])
    for (const target of routes) expect(perRoute.get(target.id), target.id).toBeGreaterThanOrEqual(Math.min(LOADER_REQUESTS, ACTION_REQUESTS))
    expect(sent).toBeGreaterThanOrEqual(5000)
  }, 900_000)
})
