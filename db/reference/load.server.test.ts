import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testServerUrl, withDatabase } from '../../tests/support/test-env'
import { migrateDatabase, openDatabase, type Database } from '../client'
import { queryRows as rows } from '../query-rows'
import { ensureReferenceData, type ReferenceDataCounts } from './load'

/** Training occupations a Harz job board sees most; each must be findable in English and Arabic. */
const COMMON_TRAINING_OCCUPATIONS = [
  'Kraftfahrzeugmechatroniker',
  'Elektroniker',
  'Elektroniker für Betriebstechnik',
  'Elektroniker für Automatisierungstechnik',
  'Elektroniker für Gebäude- und Infrastruktursysteme',
  'Elektroniker für Geräte und Systeme',
  'Kaufmann für Büromanagement',
  'Fachinformatiker',
  'Fachkraft für Lagerlogistik',
  'Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik',
  'Konstruktionsmechaniker',
  'Berufskraftfahrer',
  'Industriekaufmann',
  'Koch',
  'Friseur',
  'Bäcker',
  'Mechatroniker',
  'Tischler',
  'Maler und Lackierer',
  'Zerspanungsmechaniker',
  'Industriemechaniker',
  'Chemikant',
  'Hotelfachmann',
  'Kaufmann im Einzelhandel',
  'Verkäufer',
  'Fachkraft für Gastronomie',
  'Metallbauer',
  'Maurer',
  'Dachdecker',
  'Zimmerer',
  'Land- und Baumaschinenmechatroniker',
  'Medizinischer Fachangestellter',
]

const HARZ_TOWNS = [
  'Goslar',
  'Bad Harzburg',
  'Clausthal-Zellerfeld',
  'Osterode am Harz',
  'Wernigerode',
  'Halberstadt',
  'Quedlinburg',
  'Sangerhausen',
  'Lutherstadt Eisleben',
  'Nordhausen',
  'Sondershausen',
  'Bad Frankenhausen',
]

interface Target {
  db: Database
  close: () => Promise<void>
}

async function openPglite(): Promise<Target> {
  const handle = await openDatabase({})
  await migrateDatabase(handle)
  return { db: handle.db, close: handle.close }
}

async function openPostgres(serverUrl: string): Promise<Target> {
  const name = `passgenau_t_ref_${randomBytes(5).toString('hex')}`
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const handle = await openDatabase({ url: withDatabase(serverUrl, name), max: 2 })
  await migrateDatabase(handle)
  return {
    db: handle.db,
    close: async () => {
      await handle.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}


const serverUrl = testServerUrl()
const targets: [string, () => Promise<Target>][] = [['PGlite', openPglite]]
if (serverUrl) targets.push(['PostgreSQL', () => openPostgres(serverUrl)])

describe.each(targets)('ensureReferenceData on %s', (_driver, open) => {
  let target: Target
  let first: ReferenceDataCounts

  beforeAll(async () => {
    target = await open()
    first = await ensureReferenceData(target.db)
  }, 120_000)

  afterAll(async () => {
    await target?.close()
  })

  it('loads places, KldB fields and occupations into a fresh database', async () => {
    expect(first.loaded).toBe(true)
    expect(first.places).toBeGreaterThan(16_000)
    expect(first.fields).toBe(47)
    const kinds = await rows<{ kind: string; n: number }>(
      target.db,
      sql`select kind, count(*)::int as n from occupations group by kind order by kind`,
    )
    expect(kinds).toEqual([
      { kind: 'esco', n: expect.any(Number) },
      { kind: 'training', n: 319 },
    ])
    expect(kinds[0].n).toBeGreaterThan(3000)
    expect(first.occupations).toBe(kinds[0].n + 319)
  })

  it('does nothing on a second run', async () => {
    const second = await ensureReferenceData(target.db)
    expect(second).toEqual({ ...first, loaded: false })
  })

  it('gives every training occupation a KldB field, and slugs in the style of the display name', async () => {
    const [{ missing }] = await rows<{ missing: number }>(
      target.db,
      sql`select count(*)::int as missing from occupations o
          where o.kind = 'training' and not exists (select 1 from occupation_fields f
            where f.code = o.field_code and f.level = 2)`,
    )
    expect(missing).toBe(0)
    const [row] = await rows<{ name: string; field_code: string }>(
      target.db,
      sql`select name, field_code from occupations where slug = 'elektroniker-in-fuer-betriebstechnik'`,
    )
    expect(row).toEqual({ name: 'Elektroniker/in für Betriebstechnik', field_code: '26' })
  })

  it('lets the common training occupations be found by English and Arabic labels', async () => {
    const found = await rows<{ masculine: string; en: string[]; ar: string[] }>(
      target.db,
      sql`select name_masculine as masculine, labels->'en' as en, labels->'ar' as ar
          from occupations where kind = 'training'`,
    )
    const byName = new Map(found.map((row) => [row.masculine, row]))
    for (const name of COMMON_TRAINING_OCCUPATIONS) {
      const occupation = byName.get(name)
      expect(occupation, name).toBeDefined()
      expect(occupation!.en.length, `${name} in English`).toBeGreaterThan(0)
      expect(occupation!.ar.length, `${name} in Arabic`).toBeGreaterThan(0)
    }
    expect(byName.get('Elektroniker')!.en).toContain('electrician')
    expect(byName.get('Koch')!.en).toContain('cook')
    expect(byName.get('Kraftfahrzeugmechatroniker')!.en).toContain('vehicle technician')
  })

  it('names every training occupation in Ukrainian, Turkish and Arabic, its own name first', async () => {
    const [{ missing }] = await rows<{ missing: number }>(
      target.db,
      sql`select count(*)::int as missing from occupations where kind = 'training'
          and (jsonb_array_length(coalesce(labels->'uk', '[]')) = 0 or jsonb_array_length(coalesce(labels->'tr', '[]')) = 0
            or jsonb_array_length(coalesce(labels->'ar', '[]')) = 0)`,
    )
    expect(missing).toBe(0)
    const [koch] = await rows<{ uk: string[]; tr: string[]; ar: string[] }>(
      target.db,
      sql`select labels->'uk' as uk, labels->'tr' as tr, labels->'ar' as ar from occupations where slug = 'koch-koechin'`,
    )
    expect(koch.uk.slice(0, 3)).toEqual(['Кухар / кухарка', 'Кухар', 'кухарка'])
    expect(koch.tr[0]).toBe('Aşçı')
    // The own Arabic name comes before the labels of the linked ESCO occupations ("طاهي / طاهية").
    expect(koch.ar[0]).toBe('طباخ / طباخة')
    expect(koch.ar).toContain('طاهي / طاهية')
    const [nurse] = await rows<{ uk: string[] }>(target.db, sql`select labels->'uk' as uk from occupations where slug = 'gesundheits-und-krankenpfleger-krankenschwester'`)
    expect(nurse.uk).toContain('Медсестра')
  })

  it('resolves Goslar 38640 to one Harz place with coordinates and population', async () => {
    const goslar = await rows<{ name: string; lat: number; lng: number; is_harz: boolean; population: number }>(
      target.db,
      sql`select name, lat, lng, is_harz, population from places where postal_code = '38640'`,
    )
    expect(goslar).toHaveLength(1)
    expect(goslar[0]).toMatchObject({ name: 'Goslar', is_harz: true })
    expect(goslar[0].lat).toBeCloseTo(51.92, 1)
    expect(goslar[0].lng).toBeCloseTo(10.42, 1)
    expect(goslar[0].population).toBeGreaterThan(40_000)
  })

  it('flags the Thuringian places of the Nordhausen district as Harz', async () => {
    const [nordhausen] = await rows<{ n: number; harz: number }>(
      target.db,
      sql`select count(*)::int as n, count(*) filter (where is_harz)::int as harz
          from places where district_code = '16062' and state_code = 'TH'`,
    )
    expect(nordhausen.n).toBeGreaterThan(10)
    expect(nordhausen.harz).toBe(nordhausen.n)
  })

  it('gives the Harz towns and several places in each of the six districts a population', async () => {
    const towns = await rows<{ name: string }>(
      target.db,
      sql`select distinct name from places where is_harz and population > 0`,
    )
    const names = towns.map((town) => town.name)
    for (const town of HARZ_TOWNS) expect(names, town).toContain(town)
    const districts = await rows<{ district_code: string; n: number }>(
      target.db,
      sql`select district_code, count(*)::int as n from places
          where is_harz and population > 0 group by district_code order by district_code`,
    )
    expect(districts.map((d) => d.district_code)).toEqual(['03153', '03159', '15085', '15087', '16062', '16065'])
    for (const district of districts) expect(district.n, district.district_code).toBeGreaterThanOrEqual(5)
  })

  it('reloads changed data in place, keeping the ids that listings point at', async () => {
    const before = await rows<{ id: number }>(target.db, sql`select id from places where postal_code = '38640'`)
    await target.db.execute(sql`update occupations set labels = '{}'::jsonb where slug = 'koch-koechin'`)
    await target.db.execute(sql`comment on table places is 'passgenau reference data outdated'`)

    const reload = await ensureReferenceData(target.db)

    expect(reload).toEqual({ ...first, loaded: true })
    const after = await rows<{ id: number }>(target.db, sql`select id from places where postal_code = '38640'`)
    expect(after).toEqual(before)
    const [koch] = await rows<{ en: string[] }>(
      target.db,
      sql`select labels->'en' as en from occupations where slug = 'koch-koechin'`,
    )
    expect(koch.en).toContain('cook')
  })

  it('reloads a database loaded before the Ukrainian and Turkish names existed', async () => {
    await target.db.execute(sql`update occupations set labels = labels - 'uk' - 'tr'`)
    await target.db.execute(sql`comment on table places is 'passgenau reference data 0000000000000000'`)
    expect((await ensureReferenceData(target.db)).loaded).toBe(true)
    const [row] = await rows<{ n: number }>(target.db, sql`select count(*)::int as n from occupations where jsonb_array_length(coalesce(labels->'uk', '[]')) > 0`)
    expect(row.n).toBeGreaterThanOrEqual(319)
    expect((await ensureReferenceData(target.db)).loaded).toBe(false)
  })
})
