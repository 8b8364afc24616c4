import { beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization, pickOccupation } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createTestSearch } from '../../../tests/support/search'
import { searchListings } from './query.server'
import { emptySearchInput } from './search-params'
import { indexListings, prepareListingIndex } from './search-index.test-helper'

const ctx = setupAppDatabase()
const search = createTestSearch()
const ids: Record<string, number> = {}

const PLAIN = 'Ein Betrieb im Harz sucht Verstärkung. Wir bieten ein gutes Team.'

beforeAll(async () => {
  const company = await seedOrganization(ctx.db, { name: 'Harzer Werkstatt GmbH' })
  const make = async (key: string, occupation: string, title: string) => {
    const { id: occupationId } = await pickOccupation(ctx.db, { name: occupation })
    ids[key] = (await seedListing(ctx.db, { organizationId: company.id, occupationId, title, description: PLAIN })).id
  }
  await prepareListingIndex(ctx.db, search)
  await make('elektroBetrieb', 'Elektroniker für Betriebstechnik', 'Ausbildung Elektroniker/in für Betriebstechnik (m/w/d) 2027')
  await make('elektroGebaeude', 'Elektroniker für Gebäude- und Infrastruktursysteme', 'Elektroniker/in (m/w/d) für Gebäudetechnik')
  await make('mechatroniker', 'Mechatroniker', 'Ausbildung Mechatroniker/in (m/w/d)')
  await make('kfz1', 'Kraftfahrzeugmechatroniker', 'Ausbildung Kraftfahrzeugmechatroniker/in (m/w/d) 2027')
  await make('kfz2', 'Kraftfahrzeugmechatroniker', 'Kfz-Mechatroniker/in (m/w/d) in Vollzeit')
  await make('koch', 'Koch', 'Koch/Köchin (m/w/d)')
  await make('friseur', 'Friseur', 'Ausbildung Friseur/in (m/w/d)')
  await indexListings(ctx.db, search, Object.values(ids))
})

async function idsFor(q: string): Promise<number[]> {
  const result = await searchListings({ ...emptySearchInput(), q }, { lang: 'de', search })
  expect(result.notice).toBeUndefined()
  return result.hits.map((h) => h.id)
}

describe('words people use', () => {
  it.each(['electrician', 'كهربائي', 'Elektriker'])('finds Elektroniker/in listings for "%s"', async (q) => {
    const found = await idsFor(q)
    expect(found).toEqual(expect.arrayContaining([ids.elektroBetrieb, ids.elektroGebaeude]))
    expect(found).not.toContain(ids.koch)
    expect(found).not.toContain(ids.friseur)
  })

  it('forgives a typo: "Mechatronker" finds Mechatroniker/in', async () => {
    const found = await idsFor('Mechatronker')
    expect(found).toContain(ids.mechatroniker)
    expect(found).not.toContain(ids.koch)
  })

  it.each(['Kfz Mechatroniker', 'KFZ-Mechatroniker', 'Kraftfahrzeugmechatroniker', 'kfz-mechatronikerin'])('finds the Kfz-Mechatroniker listings for "%s"', async (q) => {
    const found = await idsFor(q)
    expect([...found].sort()).toEqual([ids.kfz1, ids.kfz2].sort())
  })

  it('reaches Elektroniker/in listings through occupation labels in the Postgres fallback as well', async () => {
    const result = await searchListings({ ...emptySearchInput(), q: 'electrician' }, { lang: 'de', search: null })
    expect(result.notice).toBe('fallback')
    const found = result.hits.map((h) => h.id)
    expect(found).toEqual(expect.arrayContaining([ids.elektroBetrieb, ids.elektroGebaeude]))
    expect(found).not.toContain(ids.koch)
  })
})
