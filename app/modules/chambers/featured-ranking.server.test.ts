import { beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization, pickPlace } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { drainOutboxOnce } from '../../../search/sync'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { createOutboxStore } from '../search/outbox-store.server'
import { searchListings } from '../search/query.server'
import { emptySearchInput } from '../search/search-params'
import { prepareListingIndex } from '../search/search-index.test-helper'
import { addMember } from './memberships.server'
import { featureListing } from './promotions.server'

/*
 * The promise to seekers (docs/decisions/006-featured-listings-break-ties-only.md): a featured
 * listing never outranks a listing that matches the query better; among equal matches it goes first.
 */

const ctx = setupAppDatabase()
const search = createTestSearch()
const DAY = 86_400_000
const ids: Record<string, number> = {}

const run = (q: string, engine: 'meili' | 'postgres' = 'meili') =>
  searchListings({ ...emptySearchInput(), q }, { lang: 'de', search: engine === 'meili' ? search : null })

beforeAll(async () => {
  await prepareListingIndex(ctx.db, search)
  const place = await pickPlace(ctx.db, { name: 'Quedlinburg' })
  const chamber = await seedOrganization(ctx.db, { kind: 'chamber', name: 'Handwerkskammer Bodetal' })
  const staff = await seedUser(ctx.db, { role: 'chamber', memberOf: { organizationId: chamber.id, role: 'counsellor' } })
  const featuredCompany = await seedOrganization(ctx.db, { name: 'Zimmerei Vorzug GmbH', placeId: place.id })
  const plainCompany = await seedOrganization(ctx.db, { name: 'Zimmerei Treffer GmbH', placeId: place.id })
  await addMember({ chamberId: chamber.id, actorId: staff.id, companyId: featuredCompany.id, memberNumber: 'BT-1' })
  const now = Date.now()
  const make = async (key: string, organizationId: string, title: string, description: string, ageDays: number) =>
    (ids[key] = (await seedListing(ctx.db, { organizationId, placeId: place.id, title, description, publishedAt: new Date(now - ageDays * DAY) })).id)
  // X says the words in its title; Y, featured and newer, only in its description.
  await make('titleMatch', plainCompany.id, 'Zimmerer/in Fachwerksanierung (m/w/d)', 'Holzbau im Harz.', 5)
  await make('descriptionMatch', featuredCompany.id, 'Zimmerer/in Holzbau (m/w/d)', 'Auch Fachwerksanierung gehört dazu.', 1)
  // X has both words; Y, featured, only one of them.
  await make('allWords', plainCompany.id, 'Dachdecker/in Lehmputz und Sichtmauerwerk (m/w/d)', 'Dächer und Wände.', 5)
  await make('someWords', featuredCompany.id, 'Dachdecker/in Lehmputz (m/w/d)', 'Dächer und Wände.', 1)
  // Two equal matches; the featured one is older, so without the feature it would come second.
  await make('equalPlain', plainCompany.id, 'Holzbildhauer/in Schnitzwerk (m/w/d)', 'Figuren und Ornamente.', 1)
  await make('equalFeatured', featuredCompany.id, 'Holzbildhauer/in Schnitzwerk (m/w/d)', 'Figuren und Ornamente.', 5)
  const today = berlinToday()
  for (const key of ['descriptionMatch', 'someWords', 'equalFeatured']) {
    await featureListing({ chamberId: chamber.id, actorId: staff.id, listingId: ids[key], startsOn: today, endsOn: addDays(today, 13) })
  }
  const store = createOutboxStore(ctx.db)
  while ((await drainOutboxOnce(store, search)).claimed > 0);
})

describe('featured listings in a real Meilisearch index', () => {
  it('carry the featured rank and the member badge into the documents', async () => {
    const { hits } = await run('Schnitzwerk')
    expect(hits.find((h) => h.id === ids.equalFeatured)).toMatchObject({ isFeatured: true, company: { memberOf: ['Handwerkskammer Bodetal'] } })
    expect(hits.find((h) => h.id === ids.equalPlain)).toMatchObject({ isFeatured: false, company: { memberOf: [] } })
  })

  it('never put a featured listing above one that has the words in its title', async () => {
    expect((await run('Fachwerksanierung')).hits.map((h) => h.id)).toEqual([ids.titleMatch, ids.descriptionMatch])
  })

  it('never put a featured listing above one that matches more of the words', async () => {
    // Every word must match (docs/decisions/012): the featured listing with one of the two is no hit at all.
    expect((await run('Lehmputz Sichtmauerwerk')).hits.map((h) => h.id)).toEqual([ids.allWords])
  })

  it('put the featured listing first among equal matches, before newer ones', async () => {
    expect((await run('Schnitzwerk')).hits.map((h) => h.id)).toEqual([ids.equalFeatured, ids.equalPlain])
  })
})

describe('featured listings in the Postgres fallback', () => {
  it('rank the same way: first among equal matches, never above a better one', async () => {
    const equal = await run('Schnitzwerk', 'postgres')
    expect(equal.hits.map((h) => h.id)).toEqual([ids.equalFeatured, ids.equalPlain])
    expect(equal.hits[0]).toMatchObject({ isFeatured: true, company: { memberOf: ['Handwerkskammer Bodetal'] } })
    expect((await run('Fachwerksanierung', 'postgres')).hits.map((h) => h.id)).toEqual([ids.titleMatch, ids.descriptionMatch])
  })
})
