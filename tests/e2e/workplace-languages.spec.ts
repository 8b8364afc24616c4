import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'

/** "90 Angebote …" → 90 */
async function resultCount(page: Page): Promise<number> {
  const heading = await page.getByRole('heading', { level: 2, name: /Angebot/ }).first().innerText()
  return Number(/^([\d.]+)/.exec(heading)![1].replace(/\./g, ''))
}

const languageGroup = (page: Page) => page.getByRole('group', { name: 'Am Arbeitsplatz gesprochen' })

async function languageCount(page: Page, name: string): Promise<number> {
  const label = await languageGroup(page).locator('label', { hasText: name }).first().innerText()
  return Number(/([\d.]+)\s*$/.exec(label.replace(/[()]/g, ''))![1].replace(/\./g, ''))
}

async function openFilters(page: Page) {
  const details = page.locator('details.filters')
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click()
}

test.describe('workplace languages, without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('filters by a language spoken at the workplace, with the count the facet promised', async ({ page }) => {
    await page.goto('/jobs')
    const all = await resultCount(page)
    await openFilters(page)
    const ukrainian = await languageCount(page, 'Ukrainisch')
    expect(ukrainian).toBeGreaterThan(0)
    expect(ukrainian).toBeLessThan(all)
    await languageGroup(page).getByRole('checkbox', { name: /^Ukrainisch\b/ }).check()
    await page.getByRole('button', { name: 'Filter anwenden' }).click()
    await expect(page).toHaveURL(/worklang=uk/)
    expect(await resultCount(page)).toBe(ukrainian)
    await page.locator('.results .listing-card h3 a').first().click()
    await expect(page.getByText(/Am Arbeitsplatz wird gesprochen: .*Ukrainisch/)).toBeVisible()
  })

  test('narrows to listings whose company supports a German course', async ({ page }) => {
    await page.goto('/jobs?worklang=uk')
    const ukrainian = await resultCount(page)
    await openFilters(page)
    await page.getByRole('checkbox', { name: 'Deutschkurs wird unterstützt' }).check()
    await page.getByRole('button', { name: 'Filter anwenden' }).click()
    await expect(page).toHaveURL(/germancourse=1/)
    const withCourse = await resultCount(page)
    expect(withCourse).toBeGreaterThan(0)
    expect(withCourse).toBeLessThan(ukrainian)
    await page.locator('.results .listing-card h3 a').first().click()
    await expect(page.getByText('Deutschkurs wird unterstützt: Der Betrieb hilft mit Zeit oder Kosten.')).toBeVisible()
  })
})

test('the filtered search and a listing with workplace languages pass axe', async ({ page }) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/jobs?worklang=uk&germancourse=1')
  await expect(languageGroup(page).getByRole('checkbox', { name: /^Ukrainisch\b/ })).toBeChecked()
  await expectNoAxeViolations(page)
  await page.locator('.results .listing-card h3 a').first().click()
  await expect(page.getByText(/Am Arbeitsplatz wird gesprochen: .*Ukrainisch/)).toBeVisible()
  await expectNoAxeViolations(page)
})
