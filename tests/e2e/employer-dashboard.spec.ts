import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const OWNER = 'employer@example.org'

interface Row {
  id: string
  views: number
  applications: number
}

const count = (text: string | null) => Number(/^([\d.]+)/.exec(text?.trim() ?? '')?.[1].replace(/\./g, '') ?? NaN)

/** The dashboard's listing rows with their total views and applications, as the page shows them. */
async function dashboardRows(page: Page): Promise<Row[]> {
  await page.goto('/employer')
  const rows = await page
    .locator('tr[data-listing-id]')
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-listing-id') ?? '', tr.children[1].textContent ?? '', tr.children[2].textContent ?? '']))
  return rows.map(([id, views, applications]) => ({ id, views: count(views), applications: count(applications) }))
}

test('the employer sees the dashboard with figures, a visitor’s view counts, the own team’s does not', async ({ page }) => {
  test.setTimeout(60_000)
  await signInAs(page, OWNER)
  await page.goto('/employer')
  await expect(page.getByRole('heading', { level: 2, name: 'Auf einen Blick' })).toBeVisible()
  const figure = (label: string) => page.locator('.dashboard-figure').filter({ has: page.getByText(label, { exact: true }) }).locator('dd')
  expect(count(await figure('Offene Angebote').textContent())).toBeGreaterThan(0)
  await expect(figure('Antwortzeit (Median)')).toHaveText(/\d+ (Stunden?|Tage?)/)
  // The area's ways onward stay, with the new ones.
  for (const name of ['Stellen und Ausbildungsplätze', 'Betriebsprofil', 'Team', 'Stellen importieren', 'Kandidatensuche']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('table', { name: 'Ihre Angebote' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Aufrufe und Bewerbungen je Woche/ }).getByRole('row')).toHaveCount(9)
  await expectNoAxeViolations(page)
  // On a phone the tables must stay readable and reachable by keyboard too.
  await page.setViewportSize({ width: 390, height: 844 })
  await expectNoAxeViolations(page)
  await page.setViewportSize({ width: 1280, height: 720 })

  const before = await dashboardRows(page)
  expect(before.length).toBeGreaterThan(0)
  expect(before.some((r) => r.views > 0)).toBe(true)
  expect(before.some((r) => r.applications > 0)).toBe(true)
  const watched = before[0]

  // The owner looking at the own listing is not a view.
  await page.goto(`/jobs/${watched.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // A visitor's is.
  await page.context().clearCookies()
  await page.goto(`/jobs/${watched.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await signInAs(page, OWNER)
  const after = await dashboardRows(page)
  expect(after.find((r) => r.id === watched.id)?.views).toBe(watched.views + 1)
})

test('the employer downloads the applicants of a listing as CSV', async ({ page }) => {
  await signInAs(page, OWNER)
  const rows = await dashboardRows(page)
  const withApplicants = rows.find((r) => r.applications > 0)!
  const row = page.locator(`tr[data-listing-id="${withApplicants.id}"]`)
  await expect(row.getByRole('link', { name: /^Bewerbungen ansehen/ })).toHaveAttribute('href', `/employer/listings/${withApplicants.id}/applications`)

  const download = page.waitForEvent('download')
  await row.getByRole('link', { name: /^Als CSV herunterladen/ }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`bewerbungen-angebot-${withApplicants.id}.csv`)
  const text = await readFile((await file.path())!, 'utf8')
  expect(text.startsWith('\uFEFFName;E-Mail;Status;Beworben am;Letzte Änderung;Unterlagen (Anzahl);Anschreiben (Anfang)\r\n')).toBe(true)
  const lines = text.slice(1).trimEnd().split('\r\n')
  expect(lines).toHaveLength(1 + withApplicants.applications)
  expect(lines[1]).toMatch(/@/)

  // Another company's listing is not there for this company.
  await page.context().clearCookies()
  await signInAs(page, 'recruiter@example.org')
  const response = await page.request.get(`/employer/listings/${withApplicants.id}/applicants.csv`)
  expect(response.status()).toBe(404)
})
