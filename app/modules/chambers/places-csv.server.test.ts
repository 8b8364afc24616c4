import type { AppLoadContext } from '@remix-run/node'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { readCsv } from '../../../tests/support/csv'
import { loader as pageLoader } from '../../routes/chamber._index'
import { loader as csvLoader } from '../../routes/chamber.places[.]csv'
import { translate, type MessageKey } from '~/i18n'
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session.server'
import { labelLines, renderGapChart, renderPlacesCharts } from './places-charts.server'
import { placesCsv } from './places-csv.server'
import { getPlacesDashboard, type GapRow, type PlacesDashboard } from './places-dashboard.server'
import { NOW, seedPlaces, type PlacesSeed } from './places-dashboard.test-helper'

const ctx = setupAppDatabase()
let seed: PlacesSeed

beforeAll(async () => {
  seed = await seedPlaces(ctx.db)
  // The routes read the clock themselves; the seed's listings are planned around NOW.
  vi.useFakeTimers({ toFake: ['Date'], now: NOW })
}, 60_000)

afterAll(() => {
  vi.useRealTimers()
})

async function contextFor(userId: string): Promise<AppLoadContext> {
  const token = generateSessionToken()
  await createSession(token, userId)
  return { viewer: await validateSessionToken(token), secureCookies: false, clientIp: '203.0.113.9', requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) }
}

/** The body as sent: `Response.text()` would silently drop the byte order mark. */
async function bodyOf(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}

/** The rows under a section's title and header, up to the next empty line. */
function section(rows: string[][], title: MessageKey): { header: string[]; body: string[][] } {
  const start = rows.findIndex((r) => r.length === 1 && r[0] === translate('de', title))
  expect(start, `section ${title}`).toBeGreaterThan(0)
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '')
  return { header: rows[start + 1], body: rows.slice(start + 2, end < 0 ? undefined : end) }
}

// What a spreadsheet must show as text: a formula-like start gets an apostrophe.
const asText = (value: string) => (/^[=+\-@]/.test(value) ? `'${value}` : value)

/** The tables of the page, row by row, as the CSV must carry them. */
function tablesOf(d: PlacesDashboard) {
  return {
    occupations: d.byOccupation.map((r) => [r.label, r.places, r.applications, r.gap].map(String)),
    districts: d.byDistrict.map((r) => [r.label, r.detail, r.places, r.applications, r.gap].map(String)),
    weeks: d.weeks.map((w) => [w.weekStart, w.places, w.applications].map(String)),
    closing: d.closingSoon.map((l) => [asText(l.title), asText(l.company), l.place, l.startDate, String(l.places), String(l.applications)]),
    overdue: d.overdue.map((m) => [asText(m.company), String(m.count), m.oldestOverdueAt.slice(0, 10)]),
  }
}

function csvTables(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows = readCsv(text.slice(1))
  return {
    occupations: section(rows, 'places.byOccupation.title').body,
    districts: section(rows, 'places.byDistrict.title').body,
    weeks: section(rows, 'places.trend.title').body,
    closing: section(rows, 'places.closing.title').body,
    overdue: section(rows, 'places.overdue.title').body,
  }
}

describe('the CSV export of the places dashboard', () => {
  it('carries exactly the tables the page shows, for the same filter', async () => {
    const context = await contextFor(seed.staffA)
    for (const query of ['', '?offerType=all', '?district=Landkreis+Goslar']) {
      const page = (await pageLoader({ request: new Request(`http://localhost/chamber${query}`), params: {}, context })) as { dashboard: PlacesDashboard }
      const response = (await csvLoader({ request: new Request(`http://localhost/chamber/places.csv${query}`), params: {}, context })) as Response
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="passgenau-plaetze-[a-z-]+-2026-11-04\.csv"$/)
      const csv = csvTables(await bodyOf(response))
      expect(csv).toEqual(tablesOf(page.dashboard))
    }
  })

  it('has the rows the seed planned, with headers, a byte order mark, semicolons and CRLF', async () => {
    const dashboard = await getPlacesDashboard({ chamberId: seed.chamberA, params: new URLSearchParams(), now: NOW })
    const text = placesCsv(dashboard, { lang: 'de', chamber: 'Kammer A (Test)' })
    expect(text.split('\r\n')[0]).toBe('\uFEFFOffene Plätze und Bewerbungen – Kammer A (Test)')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    const rows = readCsv(text.slice(1))
    expect(rows[1]).toEqual(['Angebotsart', 'Ausbildung'])
    expect(section(rows, 'places.byOccupation.title').header).toEqual(['Beruf', 'Offene Plätze', 'Bewerbungen', 'Differenz'])
    expect(section(rows, 'places.byOccupation.title').body).toEqual([
      ['Koch/Köchin', '5', '3', '2'],
      ['Friseur/in', '4', '2', '2'],
      ['Mechatroniker/in', '6', '6', '0'],
    ])
    expect(section(rows, 'places.overdue.title').body).toEqual([
      ['Alpha Metallbau (Test)', '2', '2026-10-15'],
      ['Gamma Gastro (Test)', '2', '2026-11-01'],
    ])
  })

  it('writes a company name that looks like a formula as quoted text', async () => {
    const dashboard = await getPlacesDashboard({ chamberId: seed.chamberA, params: new URLSearchParams(), now: NOW })
    const text = placesCsv(dashboard, { lang: 'de', chamber: 'Kammer A (Test)' })
    // "=Beta; "Friseure" (Test)": an apostrophe defuses the formula, quotes keep the semicolon in the cell.
    expect(text).toContain(`;"'=Beta; ""Friseure"" (Test)";`)
    expect(text).not.toMatch(/(^|;|\n)=Beta/)
  })

  it('gives staff of chamber B, on the page and in the file, only the numbers of B’s members', async () => {
    const context = await contextFor(seed.staffB)
    const page = await pageLoader({ request: new Request('http://localhost/chamber?offerType=all'), params: {}, context })
    const response = (await csvLoader({ request: new Request('http://localhost/chamber/places.csv?offerType=all'), params: {}, context })) as Response
    const shown = JSON.stringify(page)
    const text = await bodyOf(response)
    for (const company of ['alpha', 'beta', 'epsilon', 'zeta', 'eta', 'theta'] as const) {
      expect(shown).not.toContain(JSON.stringify(seed.companies[company].name).slice(1, -1))
      expect(text).not.toContain(seed.companies[company].name.replace(/"/g, '""'))
    }
    expect(shown).toContain('Delta Elektro (Test)')
    expect(text).toContain('Delta Elektro (Test)')
  })
})

describe('the charts of the places dashboard', () => {
  it('are SVG images with a title and a description, without inline styles', async () => {
    const dashboard = await getPlacesDashboard({ chamberId: seed.chamberA, params: new URLSearchParams(), now: NOW })
    const charts = renderPlacesCharts(dashboard, 'de')
    for (const [name, svg] of Object.entries(charts)) {
      expect(svg, name).toMatch(/^<svg [^>]*role="img"/)
      expect(svg, name).toMatch(/<title>[^<]+<\/title><desc>[^<]+<\/desc>/)
      expect(svg, name).not.toMatch(/style=|<div|<script/)
    }
    expect(charts.byOccupation).toContain('<title>Offene Plätze und Bewerbungen nach Beruf</title>')
    expect(charts.byOccupation).toContain('Koch/Köchin')
    expect(charts.byDistrict).toContain('Landkreis Nordhausen')
    expect(charts.trend).toContain('<title>Neue Plätze und neue Bewerbungen je Woche</title>')
  })

  it('puts a long occupation name on two lines instead of cutting it', () => {
    expect(labelLines('Karosserie- und Fahrzeugbaumechaniker/in')).toEqual(['Karosserie- und', 'Fahrzeugbaumechaniker/in'])
    expect(labelLines('Koch/Köchin')).toEqual(['Koch/Köchin'])
    const svg = renderGapChart({ id: 'c', lang: 'de', title: 'T', rows: [{ key: 'k', label: 'Karosserie- und Fahrzeugbaumechaniker/in', detail: '', places: 3, applications: 1 }] as GapRow[] })
    expect(svg).toContain('>Fahrzeugbaumechaniker/in</tspan>')
    expect(svg).not.toContain('…')
  })

  it('leaves out the bar charts when there is nothing to draw', () => {
    const charts = renderPlacesCharts({ byOccupation: [], byDistrict: [], weeks: [] }, 'en')
    expect(charts.byOccupation).toBeNull()
    expect(charts.byDistrict).toBeNull()
    expect(charts.trend).toContain('<title>New places and new applications per week</title>')
  })
})
