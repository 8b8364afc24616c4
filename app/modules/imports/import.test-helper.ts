import { and, asc, count, desc, eq, isNotNull } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { listings, occupations, places, searchOutbox, type Occupation, type Place } from '../../../db/schema'
import { csvField } from '~/utils/csv'

/** Real training occupations and Harz places from the reference data, to spread generated rows over. */
export async function loadReferences(db: Database, size = 20): Promise<{ occupations: Occupation[]; places: Place[] }> {
  return {
    occupations: await db.select().from(occupations).where(eq(occupations.kind, 'training')).orderBy(asc(occupations.id)).limit(size),
    places: await db
      .select()
      .from(places)
      .where(and(eq(places.isHarz, true), isNotNull(places.population)))
      .orderBy(desc(places.population), asc(places.id))
      .limit(size),
  }
}

export type Row = Record<string, string>

/** A valid Ausbildung row: the occupation by its exact name, the place as postal code and name. */
export function trainingRow(refs: { occupations: Occupation[]; places: Place[] }, i: number, overrides: Row = {}): Row {
  const occupation = refs.occupations[i % refs.occupations.length]
  const place = refs.places[i % refs.places.length]
  return {
    offerType: 'ausbildung',
    occupation: occupation.name,
    title: `Ausbildung ${occupation.name} (m/w/d), Platz ${i + 1}`,
    description: '## Deine Aufgaben\n\n- lernen; üben, "mitmachen"\n- im Team arbeiten',
    place: `${place.postalCode} ${place.name}`,
    workingTime: 'vollzeit',
    startDate: '2026-08-01',
    allowances: '1000|1100|1200|1250',
    benefits: 'deutschlandticket|shuttle',
    status: 'published',
    ...overrides,
  }
}

/** A valid job row with a monthly pay range. */
export function jobRow(refs: { occupations: Occupation[]; places: Place[] }, i: number, overrides: Row = {}): Row {
  return trainingRow(refs, i, {
    offerType: 'job',
    title: `Fachkraft Montage (m/w/d), Stelle ${i + 1}`,
    startDate: '2026-04-01',
    allowances: '',
    payPeriod: 'month',
    payMin: '2.800',
    payMax: '3400',
    ...overrides,
  })
}

/** Rows as a `;`-separated CSV with a header of every column any row uses. */
export function csvOf(rows: Row[], separator: ';' | ',' = ';'): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const line = (cells: string[]) => cells.map((c) => csvField(c, separator)).join(separator)
  return [line(columns), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\r\n') + '\r\n'
}

export async function rowCounts(db: Database, organizationId?: string) {
  const [l] = await db
    .select({ n: count() })
    .from(listings)
    .where(organizationId ? eq(listings.organizationId, organizationId) : undefined)
  const [o] = await db.select({ n: count() }).from(searchOutbox)
  return { listings: Number(l.n), outbox: Number(o.n) }
}
