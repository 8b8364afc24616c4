import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSearch } from '../tests/support/search'
import type { OccupationLabels } from '../db/schema'
import { toListingDocument, type ListingDocumentSource } from './documents'
import { applyListingSettings, listingIndexSettings } from './settings'
import { buildSynonyms } from './synonyms'

const search = createTestSearch()
const index = search.client.index(search.listingsIndex)

function doc(id: number, title: string, occupation: { name: string; labels: OccupationLabels }, place = { name: 'Goslar', lat: 51.906, lng: 10.429 }) {
  const source = {
    listing: {
      id, title, description: 'Wir suchen Verstärkung.', offerType: 'ausbildung', workingTime: 'vollzeit', startDate: '2026-08-01',
      payPeriod: null, payMin: null, payMax: null, trainingAllowances: [1000], minCertificate: 'none', minGerman: 'none',
      needsDrivingLicence: false, benefits: [], isSuitableForRefugees: false, hasRecognitionSupport: false, publishedAt: new Date(id * 1000), expiresAt: null,
    },
    organization: { id: `00000000-0000-4000-8000-00000000000${id}`, name: `Betrieb ${id}`, slug: `betrieb-${id}`, isVerified: false },
    place: { ...place, postalCode: '38640', district: 'Landkreis Goslar', districtCode: '03153', state: 'Niedersachsen' },
    occupation: { id, name: occupation.name, labels: occupation.labels, fieldCode: null, isCrafts: true },
    field: null,
  } as unknown as ListingDocumentSource
  return toListingDocument(source)
}

const ids = async (q: string, filter?: string) => (await index.search(q, { filter })).hits.map((h) => h.id)

beforeAll(async () => {
  const synonyms = buildSynonyms([
    { name: 'Bäcker/Bäckerin', nameMasculine: 'Bäcker', nameFeminine: 'Bäckerin' },
    { name: 'Kraftfahrzeugmechatroniker/in', nameMasculine: 'Kraftfahrzeugmechatroniker', nameFeminine: 'Kraftfahrzeugmechatronikerin' },
  ])
  await applyListingSettings(search, { synonyms })
  await index
    .addDocuments([
      doc(1, 'Ausbildung Kraftfahrzeugmechatroniker (m/w/d)', { name: 'Kraftfahrzeugmechatroniker/in', labels: {} }),
      doc(2, 'Bäcker (m/w/d)', { name: 'Bäcker/in', labels: { en: ['baker'], ar: ['خباز'] } }),
      doc(3, 'Elektroniker für Betriebstechnik', { name: 'Elektroniker/in', labels: { en: ['electrician'], ar: ['كهربائي'] } }, { name: 'Nordhausen', lat: 51.505, lng: 10.791 }),
    ])
    .waitTask({ timeout: 60_000 })
})

afterAll(async () => {
  await search.client.deleteIndex(search.listingsIndex).waitTask({ timeout: 60_000 })
})

describe('listing index settings', () => {
  it('applies the settings as code, German segmentation included', async () => {
    const settings = await index.getSettings()
    expect(settings.searchableAttributes).toEqual(listingIndexSettings.searchableAttributes)
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'publishedTs']))
    expect(settings.localizedAttributes).toEqual(listingIndexSettings.localizedAttributes)
    expect((await index.getRawInfo()).primaryKey).toBe('id')
  })

  it('finds a compound occupation by its last part', async () => {
    expect(await ids('Mechatroniker')).toEqual([1])
  })

  it('maps short word forms through synonyms', async () => {
    expect(await ids('kfz')).toEqual([1])
    expect(await ids('Elektriker')).toEqual([3])
    expect(await ids('Bäckerin')).toEqual([2])
  })

  it('finds an occupation by its English and Arabic labels and without umlauts', async () => {
    expect(await ids('electrician')).toEqual([3])
    expect(await ids('كهربائي')).toEqual([3])
    expect(await ids('baker')).toEqual([2])
    expect(await ids('Baecker')).toEqual([2])
  })

  it('forgives a typo in a long word', async () => {
    expect(await ids('Elektronikr')).toEqual([3])
  })

  it('filters by radius across the index and sorts by distance', async () => {
    expect(await ids('', '_geoRadius(51.906, 10.429, 25000)')).toEqual(expect.arrayContaining([1, 2]))
    expect(await ids('', '_geoRadius(51.906, 10.429, 25000)')).not.toContain(3)
    const sorted = await index.search('', { sort: ['_geoPoint(51.505, 10.791):asc'] })
    expect(sorted.hits[0].id).toBe(3)
  })

  it('is safe to apply again on an existing index', async () => {
    await applyListingSettings(search)
    expect((await index.getSynonyms()).bäcker).toBeUndefined()
    await applyListingSettings(search, { synonyms: buildSynonyms([{ name: 'Bäcker/in', nameMasculine: 'Bäcker', nameFeminine: 'Bäckerin' }]) })
    expect((await index.getSynonyms()).bäcker).toEqual(['bäckerin'])
    expect(await ids('Bäckerin')).toEqual([2])
  })
})
