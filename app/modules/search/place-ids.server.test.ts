import { describe, expect, it } from 'vitest'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { distanceKm } from '~/utils/geo'
import { placeIdsWithin } from './place-ids.server'
import { resolvePlace } from './place.server'

const ctx = setupAppDatabase()

describe('placeIdsWithin', () => {
  it('lists exactly the gazetteer places within the radius', async () => {
    const goslar = (await resolvePlace('Goslar', ctx.db))!
    const wernigerode = (await resolvePlace('Wernigerode', ctx.db))!
    const halle = (await resolvePlace('06108', ctx.db))!
    const near = await placeIdsWithin(ctx.db, goslar, 25)
    const again = await placeIdsWithin(ctx.db, goslar, 25)
    expect(again).toEqual(near)
    expect(near).toContain(goslar.id)
    expect(near.includes(wernigerode.id)).toBe(distanceKm(goslar, wernigerode) <= 25)
    expect(near).not.toContain(halle.id)
  })
})
