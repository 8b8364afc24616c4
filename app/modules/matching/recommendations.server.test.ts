import { eq, inArray } from 'drizzle-orm'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { distanceKm, roundDistanceKm } from '~/utils/geo'
import { counsellingConsents, counsellingRecommendations, listings, places, seekerProfiles, type NewListing, type NewSeekerProfile, type Place } from '../../../db/schema'
import { buildListing, seedOrganization, seedListings, pickOccupation } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { indexListings, prepareListingIndex } from '../search/search-index.test-helper'
import { renderMatchNote } from './match-text'
import { getRecommendations, RECOMMENDATION_LIMIT } from './recommendations.server'
import { DEFAULT_TRAVEL_KM } from './score-match'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, OFFER_TYPES } from '../../../values/listings'
import { SEEKER_CERTIFICATES } from '../../../values/seekers'

const ctx = setupAppDatabase()
const search = createTestSearch()
const DAY = 86_400_000
const LISTING_COUNT = 150

let harz: Place[] = []
let occupationIds: number[] = []
const rows = new Map<number, { listing: NewListing & { id: number }; place: Place; closedAfterIndexing: boolean }>()
let userId = ''

const listingArbitrary = fc.record({
  place: fc.nat(),
  occupation: fc.nat(),
  offerType: fc.constantFrom(...OFFER_TYPES),
  minGerman: fc.constantFrom(...GERMAN_LEVELS),
  minCertificate: fc.constantFrom(...CERTIFICATES),
  needsDrivingLicence: fc.boolean(),
  benefits: fc.subarray([...BENEFITS]),
  // Most are open; some closed or expired in Postgres, some closed only after indexing (a lagging copy).
  state: fc.constantFrom('open', 'open', 'open', 'open', 'closed', 'expired', 'closedAfterIndexing'),
})

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  harz = await ctx.db.select().from(places).where(eq(places.isHarz, true))
  for (const name of ['Elektroniker', 'Mechatroniker', 'Industriemechaniker', 'Koch', 'Tischler', 'Kaufmann für Büromanagement']) {
    occupationIds.push((await pickOccupation(ctx.db, { name })).id)
  }
  occupationIds = [...new Set(occupationIds)]
  const companies = await Promise.all([1, 2, 3].map(() => seedOrganization(ctx.db)))
  const now = Date.now()
  const generated = fc.sample(listingArbitrary, { numRuns: LISTING_COUNT, seed: 20_260_301 })
  const drafts = generated.map((g, i) => {
    const place = harz[g.place % harz.length]
    const listing = buildListing({
      organizationId: companies[i % companies.length].id,
      occupationId: occupationIds[g.occupation % occupationIds.length],
      placeId: place.id,
      offerType: g.offerType,
      minGerman: g.minGerman,
      minCertificate: g.minCertificate,
      needsDrivingLicence: g.needsDrivingLicence,
      benefits: g.benefits,
      status: g.state === 'closed' ? 'closed' : 'published',
      publishedAt: new Date(now - (i + 1) * 3_600_000),
      expiresAt: g.state === 'expired' ? new Date(now - DAY) : new Date(now + 30 * DAY),
    }) as NewListing
    return { listing, place, state: g.state }
  })
  const inserted = await seedListings(
    ctx.db,
    drafts.map((d) => d.listing),
  )
  inserted.forEach((row, i) => rows.set(row.id, { listing: row, place: drafts[i].place, closedAfterIndexing: drafts[i].state === 'closedAfterIndexing' }))
  await indexListings(ctx.db, search, inserted.map((row) => row.id))
  const lagging = [...rows.entries()].filter(([, r]) => r.closedAfterIndexing).map(([id]) => id)
  await ctx.db.update(listings).set({ status: 'closed' }).where(inArray(listings.id, lagging))
  userId = (await seedUser(ctx.db, { role: 'seeker' })).id
})

const profileArbitrary = fc.record({
  home: fc.option(fc.nat(), { nil: null }),
  travelKm: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  germanLevel: fc.option(fc.constantFrom(...GERMAN_LEVELS), { nil: null }),
  certificate: fc.option(fc.constantFrom(...SEEKER_CERTIFICATES), { nil: null }),
  wishedOfferTypes: fc.subarray([...OFFER_TYPES]),
  wishedOccupations: fc.subarray([0, 1, 2, 3, 4, 5], { maxLength: 3 }),
  hasDrivingLicence: fc.boolean(),
  usesPublicTransportOnly: fc.boolean(),
})

async function setProfile(values: Omit<NewSeekerProfile, 'userId'>) {
  const row = {
    targetGroup: null,
    certificate: null,
    germanLevel: null,
    homePlaceId: null,
    travelKm: null,
    wishedOccupationIds: [],
    wishedOfferTypes: [],
    ...values,
  }
  await ctx.db.insert(seekerProfiles).values({ userId, ...row }).onConflictDoUpdate({ target: seekerProfiles.userId, set: row })
}

const rank = <T extends string>(values: readonly T[], value: T) => values.indexOf(value)

describe('getRecommendations', () => {
  it('never includes a listing that breaks a hard filter: radius, German, certificate, offer type, closed', async () => {
    await fc.assert(
      fc.asyncProperty(profileArbitrary, fc.boolean(), async (p, useMeili) => {
        const home = p.home === null ? null : harz[p.home % harz.length]
        await setProfile({
          homePlaceId: home?.id ?? null,
          travelKm: p.travelKm,
          germanLevel: p.germanLevel,
          certificate: p.certificate,
          wishedOfferTypes: p.wishedOfferTypes,
          wishedOccupationIds: p.wishedOccupations.map((i) => occupationIds[i % occupationIds.length]),
          hasDrivingLicence: p.hasDrivingLicence,
          usesPublicTransportOnly: p.usesPublicTransportOnly,
        })
        const result = await getRecommendations(userId, { lang: 'de', search: useMeili ? search : null })
        if (!result.hasProfile) throw new Error('profile expected')
        expect(result.recommendations.length).toBeLessThanOrEqual(RECOMMENDATION_LIMIT)
        for (const { listing, match } of result.recommendations) {
          const row = rows.get(listing.id)!
          expect(row.listing.status).toBe('published')
          expect(row.closedAfterIndexing).toBe(false)
          expect(row.listing.expiresAt!.getTime()).toBeGreaterThan(Date.now())
          if (home) expect(roundDistanceKm(distanceKm(home, row.place))).toBeLessThanOrEqual(p.travelKm ?? DEFAULT_TRAVEL_KM)
          if (p.germanLevel) expect(rank(GERMAN_LEVELS, row.listing.minGerman!)).toBeLessThanOrEqual(rank(GERMAN_LEVELS, p.germanLevel))
          if (p.certificate && p.certificate !== 'foreign') {
            expect(rank(CERTIFICATES, row.listing.minCertificate!)).toBeLessThanOrEqual(rank(CERTIFICATES, p.certificate))
          }
          if (p.wishedOfferTypes.length > 0) expect(p.wishedOfferTypes).toContain(row.listing.offerType)
          expect(match.score).toBeGreaterThanOrEqual(0)
          expect(match.score).toBeLessThanOrEqual(100)
        }
        const scores = result.recommendations.map((r) => r.match.score)
        expect(scores).toEqual([...scores].sort((a, b) => b - a))
      }),
      { numRuns: 40, seed: 4_711 },
    )
  })

  it('finds what fits a broad profile, and ranks the wished occupation first with its reasons', async () => {
    const home = harz.find((p) => p.name === 'Goslar') ?? harz[0]
    const elektroniker = occupationIds[0]
    await setProfile({ homePlaceId: home.id, travelKm: 100, germanLevel: 'C2', certificate: 'abitur', wishedOccupationIds: [elektroniker], wishedOfferTypes: [] })
    const result = await getRecommendations(userId, { lang: 'de', search })
    if (!result.hasProfile) throw new Error('profile expected')
    expect(result.recommendations).toHaveLength(RECOMMENDATION_LIMIT)
    const open = [...rows.values()].filter(
      (r) => r.listing.status === 'published' && !r.closedAfterIndexing && r.listing.expiresAt!.getTime() > Date.now() && r.listing.occupationId === elektroniker,
    )
    const reachable = open.filter((r) => roundDistanceKm(distanceKm(home, r.place)) <= 100)
    const wishedShown = result.recommendations.filter((r) => rows.get(r.listing.id)!.listing.occupationId === elektroniker)
    expect(wishedShown.length).toBe(Math.min(reachable.length, RECOMMENDATION_LIMIT))
    const first = result.recommendations[0]
    expect(first.match.reasons.map((n) => renderMatchNote('de', n))).toContain('Ihr Wunschberuf: Elektroniker/in')
    expect(first.match.reasons.map((n) => renderMatchNote('en', n)).some((text) => / km from Goslar – within your 100 km$/.test(text))).toBe(true)
  })

  it('says when there is no profile yet', async () => {
    const other = await seedUser(ctx.db, { role: 'seeker' })
    expect(await getRecommendations(other.id, { lang: 'de', search })).toEqual({ hasProfile: false, picks: [] })
  })

  it('puts a counsellor’s pick first, with the chamber’s name and note, until the listing closes or the consent is revoked', async () => {
    const home = harz.find((p) => p.name === 'Goslar') ?? harz[0]
    await setProfile({ homePlaceId: home.id, travelKm: 100, germanLevel: 'C2', certificate: 'abitur', wishedOccupationIds: [occupationIds[0]], wishedOfferTypes: [] })
    const before = await getRecommendations(userId, { lang: 'de', search })
    if (!before.hasProfile) throw new Error('profile expected')
    const picked = before.recommendations[3].listing.id
    const chamber = await seedOrganization(ctx.db, { kind: 'chamber', name: 'Handwerkskammer Harz-Test' })
    await ctx.db.insert(counsellingConsents).values({ seekerId: userId, chamberId: chamber.id })
    await ctx.db.insert(counsellingRecommendations).values({ seekerId: userId, chamberId: chamber.id, listingId: picked, note: 'Passt zu Ihrem Praktikum.' })

    const result = await getRecommendations(userId, { lang: 'de', search })
    if (!result.hasProfile) throw new Error('profile expected')
    expect(result.picks).toEqual([
      expect.objectContaining({ listing: expect.objectContaining({ id: picked }), chamberName: 'Handwerkskammer Harz-Test', note: 'Passt zu Ihrem Praktikum.' }),
    ])
    expect(result.picks[0].match?.score).toBe(before.recommendations[3].match.score)
    expect(result.recommendations.map((r) => r.listing.id)).not.toContain(picked)
    // A counsellor's own view of the seeker's matches leaves every chamber's picks out.
    expect((await getRecommendations(userId, { lang: 'de', search, withCounsellorPicks: false })).picks).toEqual([])

    await ctx.db.update(listings).set({ status: 'closed' }).where(eq(listings.id, picked))
    expect((await getRecommendations(userId, { lang: 'de', search })).picks).toEqual([])
    await ctx.db.update(listings).set({ status: 'published' }).where(eq(listings.id, picked))
    expect((await getRecommendations(userId, { lang: 'de', search })).picks).toHaveLength(1)

    await ctx.db.delete(counsellingConsents).where(eq(counsellingConsents.chamberId, chamber.id))
    const revoked = await getRecommendations(userId, { lang: 'de', search })
    expect(revoked.picks).toEqual([])
    expect(revoked.hasProfile && revoked.recommendations.map((r) => r.listing.id)).toContain(picked)
  })

  it('names a workplace language the seeker speaks and a German course as reasons, and ranks those listings higher', async () => {
    const home = harz.find((p) => p.name === 'Goslar') ?? harz[0]
    const tischler = occupationIds[4]
    const marked = [...rows.entries()].filter(([, r]) => r.listing.occupationId === tischler).map(([id]) => id)
    await ctx.db.update(listings).set({ workplaceLanguages: ['de', 'uk'], supportsGermanCourse: true }).where(inArray(listings.id, marked))
    await indexListings(ctx.db, search, marked)
    const profile = { homePlaceId: home.id, travelKm: 100, germanLevel: 'B1' as const, wishedOccupationIds: [occupationIds[0]] }
    await setProfile({ ...profile, languages: [] })
    const plain = await getRecommendations(userId, { lang: 'de', search, withCounsellorPicks: false })
    await setProfile({ ...profile, languages: [{ code: 'uk', level: 'native' }] })
    const result = await getRecommendations(userId, { lang: 'de', search, withCounsellorPicks: false })
    if (!result.hasProfile || !plain.hasProfile) throw new Error('profile expected')

    const shown = result.recommendations.filter((r) => marked.includes(r.listing.id))
    expect(shown.length).toBeGreaterThan(0)
    for (const { listing, match } of result.recommendations) {
      const texts = match.reasons.map((n) => renderMatchNote('de', n))
      const isMarked = marked.includes(listing.id)
      expect(texts.includes('Am Arbeitsplatz wird Ukrainisch gesprochen – das sprechen Sie gut')).toBe(isMarked)
      expect(texts.includes('Deutschkurs wird unterstützt – gut, solange Ihr Deutsch noch wächst')).toBe(isMarked)
    }
    const before = new Map(plain.recommendations.map((r) => [r.listing.id, r.match.score]))
    for (const { listing, match } of shown) {
      // Without the languages in the profile only the course counts; with them the language does too.
      if (before.has(listing.id)) expect(match.score).toBe(Math.min(100, before.get(listing.id)! + 5))
    }
  })
})
