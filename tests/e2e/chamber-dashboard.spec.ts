import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const CHAMBER = 'chamber@example.org'
// Three charts and several tables make each axe scan take 10–15 s on two cores. Axe needs
// JavaScript, so filtered pages are scanned in the journeys that have it.
test.describe.configure({ timeout: 90_000 })
const OCCUPATION_TABLE = 'Offene Plätze und Bewerbungen nach Beruf'
const DISTRICT_TABLE = 'Offene Plätze und Bewerbungen nach Kreis'

/** The body rows of a table as the cell texts a person reads. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  return page.getByRole('table', { name }).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')))
}

async function expectDashboard(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: 'Offene Plätze und Bewerbungen' })).toBeVisible()
  // The demo seed makes crafts companies verified members of the Handwerkskammer chamber@ works at.
  expect(await page.getByText('noch keine verifizierten Mitgliedsbetriebe').count(), 'verified demo members').toBe(0)
  await expect(page.getByRole('img', { name: OCCUPATION_TABLE })).toBeVisible()
  await expect(page.getByRole('img', { name: DISTRICT_TABLE })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Neue Plätze und neue Bewerbungen je Woche' })).toBeVisible()
  await expect(page.getByRole('table', { name: OCCUPATION_TABLE })).toBeVisible()
  await expect(page.getByRole('table', { name: DISTRICT_TABLE })).toBeVisible()
  // The charts' SVG ids live in the same document as the headings' ids.
  const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id))
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
}

test('chamber staff see open places against applications, with charts, tables and the area links', async ({ page }) => {
  await signInAs(page, CHAMBER)
  await page.goto('/chamber')
  await expect(page.getByRole('heading', { level: 1, name: /^Kammerbereich – / })).toBeVisible()
  for (const link of ['Mitgliedsbetriebe', 'Hervorgehobene Angebote', 'Veranstaltungen', 'Kampagnen', 'Beratungsfälle', 'Mein Konto']) {
    await expect(page.getByRole('link', { name: link, exact: true }).first()).toBeVisible()
  }
  await expectDashboard(page)
  await expect(page.getByLabel('Angebotsart')).toHaveValue('ausbildung')
  await expectNoAxeViolations(page)

  // The data behind the weekly chart is one click away, and accessible too.
  await page.getByText('Werte als Tabelle').click()
  await expect(page.getByRole('table', { name: 'Neue Plätze und neue Bewerbungen je Woche' }).locator('tbody tr')).toHaveCount(12)
  await expectNoAxeViolations(page)

  // With JavaScript the same GET form filters in place.
  await page.getByLabel('Angebotsart').selectOption({ label: 'Alle Angebotsarten' })
  await page.getByRole('button', { name: 'Anzeigen' }).click()
  await expect(page).toHaveURL(/[?&]offerType=all/)
  await expect(page.getByLabel('Angebotsart')).toHaveValue('all')
})

test('the CSV download carries the tables of the page', async ({ page }) => {
  await signInAs(page, CHAMBER)
  await page.goto('/chamber?offerType=all')
  await expectDashboard(page)
  await expectNoAxeViolations(page)
  const occupations = await tableRows(page, OCCUPATION_TABLE)
  const districts = await tableRows(page, DISTRICT_TABLE)

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Tabellen als CSV herunterladen' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^passgenau-plaetze-all-\d{4}-\d{2}-\d{2}\.csv$/)
  const bytes = await readFile((await file.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines[1]).toBe('Angebotsart;Alle Angebotsarten')

  // Numbers on the page are formatted ("1.234"); the file keeps plain digits.
  const plainNumber = (cell: string) => (/^[-−]?\d{1,3}(\.\d{3})*$/.test(cell) ? cell.replace(/\./g, '').replace('−', '-') : cell)
  const plain = (rows: string[][]) => rows.map((cells) => cells.map(plainNumber).join(';'))
  const start = lines.indexOf('Beruf;Offene Plätze;Bewerbungen;Differenz') + 1
  expect(lines.slice(start, start + occupations.length)).toEqual(plain(occupations))
  expect(lines[start + occupations.length]).toBe('')
  const districtStart = lines.indexOf('Kreis;Land;Offene Plätze;Bewerbungen;Differenz') + 1
  expect(lines.slice(districtStart, districtStart + districts.length)).toEqual(plain(districts))
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filter is a plain GET form', async ({ page }) => {
    await signInAs(page, CHAMBER)
    await page.goto('/chamber')
    await expectDashboard(page)
    const district = (await tableRows(page, DISTRICT_TABLE))[0][0]
    await page.getByLabel('Angebotsart').selectOption({ label: 'Alle Angebotsarten' })
    await page.getByLabel('Kreis', { exact: true }).selectOption({ label: district })
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await expect(page).toHaveURL(new RegExp(`\\?offerType=all&district=${encodeURIComponent(district).replace(/%20/g, '\\+')}$`))
    await expect(page.getByLabel('Angebotsart')).toHaveValue('all')
    await expect(page.getByLabel('Kreis', { exact: true })).toHaveValue(district)
    expect((await tableRows(page, DISTRICT_TABLE)).map((row) => row[0])).toEqual([district])
    await expect(page.getByRole('link', { name: 'Tabellen als CSV herunterladen' })).toHaveAttribute('href', `/chamber/places.csv?offerType=all&district=${encodeURIComponent(district).replace(/%20/g, '+')}`)
  })
})
