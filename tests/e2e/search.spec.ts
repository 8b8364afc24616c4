import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'

/** "90 Angebote im Umkreis …" → 90 */
async function resultCount(page: Page): Promise<number> {
  const heading = await page.getByRole('heading', { level: 2, name: /Angebot/ }).first().innerText()
  return Number(/^([\d.]+)/.exec(heading)![1].replace(/\./g, ''))
}

const typeFacet = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Angebotsart' }).getByRole('checkbox', { name: new RegExp(`^${name}\\b`) })

async function openFilters(page: Page) {
  const details = page.locator('details.filters')
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click()
}

async function facetCount(page: Page, name: string): Promise<number> {
  const label = await page.getByRole('group', { name: 'Angebotsart' }).locator('label', { hasText: name }).first().innerText()
  return Number(/([\d.]+)\s*$/.exec(label.replace(/[()]/g, ''))![1].replace(/\./g, ''))
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('says what it understood, drops a part on request and searches word for word on request', async ({ page }) => {
    test.slow()
    await page.goto('/jobs')
    await page.getByLabel('Was?').fill('Azubi Kfz in Goslar')
    await page.getByRole('button', { name: 'Suchen' }).click()
    const understood = page.locator('.understood')
    await expect(understood).toContainText('So haben wir Ihre Suche verstanden:')
    await expect(understood).toContainText('Angebotsart: Ausbildung')
    await expect(understood).toContainText('Beruf: Kraftfahrzeugmechatroniker/in')
    await expect(understood).toContainText('Ort: Goslar')
    await expect(page.getByRole('heading', { level: 2, name: /im Umkreis von 25 km um Goslar/ })).toBeVisible()
    const cards = page.locator('.results .listing-card')
    expect(await cards.count()).toBeGreaterThan(0)
    for (const card of await cards.all()) await expect(card).toContainText('Ausbildung')

    await page.getByRole('link', { name: '„Ausbildung“ aus der Suche entfernen' }).click()
    await expect(page).toHaveURL(/q=Kfz\+in\+Goslar/)
    await expect(page.locator('.understood')).not.toContainText('Angebotsart')

    await page.getByRole('link', { name: /wörtlich nach „Kfz in Goslar“ suchen/ }).click()
    await expect(page).toHaveURL(/literal=1/)
    await expect(page.locator('.understood')).toContainText('Wörtliche Suche nach „Kfz in Goslar“.')
  })

  test('searches by word and place, with the distance on every card', async ({ page }) => {
    await page.goto('/jobs')
    await page.getByLabel('Was?').fill('Mechatroniker')
    await page.getByLabel('Wo? (Ort oder PLZ)').fill('Goslar')
    await page.getByLabel('Umkreis').selectOption('50')
    await page.getByRole('button', { name: 'Suchen' }).click()
    await expect(page).toHaveURL(/q=Mechatroniker/)
    await expect(page).toHaveURL(/where=Goslar/)
    await expect(page.getByRole('heading', { level: 2, name: /im Umkreis von 50 km um Goslar/ })).toBeVisible()
    expect(await resultCount(page)).toBeGreaterThan(0)
    const cards = page.locator('.results .listing-card')
    await expect(cards.first()).toContainText('km von Goslar')
    expect(await cards.count()).toBeGreaterThan(0)
  })

  test('filters by a facet and keeps the counts of the other values', async ({ page }) => {
    await page.goto('/jobs?where=Goslar&radius=25')
    const before = await resultCount(page)
    await openFilters(page)
    const ausbildung = await facetCount(page, 'Ausbildung')
    await typeFacet(page, 'Ausbildung').check()
    await page.getByRole('button', { name: 'Filter anwenden' }).click()
    await expect(page).toHaveURL(/type=ausbildung/)
    expect(await resultCount(page)).toBe(ausbildung)
    expect(ausbildung).toBeLessThan(before)
    await openFilters(page)
    await expect(typeFacet(page, 'Ausbildung')).toBeChecked()
    // Disjunctive counts: the other offer types still show what ticking them would add.
    expect(await facetCount(page, 'Job')).toBeGreaterThan(0)
    for (const badge of await page.locator('.results .listing-card .badge:not(.badge--featured)').allInnerTexts()) expect(badge).toBe('Ausbildung')
  })

  test('pages through the results with prev/next links', async ({ page }) => {
    await page.goto('/jobs?sort=newest')
    const firstTitle = await page.locator('.results .listing-card h3').first().innerText()
    await page.getByRole('link', { name: 'Nächste Seite' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.locator('.pagination [aria-current="page"]')).toContainText('2')
    expect(await page.locator('.results .listing-card h3').first().innerText()).not.toBe(firstTitle)
    await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', /sort=newest/)
    await page.getByRole('link', { name: 'Vorherige Seite' }).click()
    await expect(page).not.toHaveURL(/page=/)
  })

  test('offers ways out of an empty result, with counts', async ({ page }) => {
    await page.goto('/jobs?where=Goslar&radius=5&salary=1000000')
    await expect(page.getByText('Für diese Suche haben wir gerade keine Angebote.')).toBeVisible()
    const dropSalary = page.getByRole('link', { name: /Filter „ab 1\.000\.000\s€“ entfernen/ })
    await expect(dropSalary).toBeVisible()
    await dropSalary.click()
    await expect(page).not.toHaveURL(/salary=/)
    expect(await resultCount(page)).toBeGreaterThan(0)
  })
})

test.describe('with JavaScript', () => {
  test('results follow typing, and the URL keeps up', async ({ page }) => {
    await page.goto('/jobs')
    const total = await resultCount(page)
    const what = page.getByLabel('Was?')
    await what.pressSequentially('Elektroniker', { delay: 30 })
    await expect(page).toHaveURL(/q=Elektroniker/)
    await expect.poll(() => resultCount(page)).toBeLessThan(total)
    await expect(what).toBeFocused()
    await expect(what).toHaveValue('Elektroniker')
    await expect(page.locator('.results .listing-card').first()).toContainText(/Elektroniker/i)
  })

  test('a facet applies when ticked, a sort when chosen, and pages keep both', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/jobs?where=Wernigerode')
    await expect(page.locator('details.filters')).toHaveAttribute('open', '')
    await typeFacet(page, 'Job').check()
    await expect(page).toHaveURL(/type=job/)
    await expect(typeFacet(page, 'Job')).toBeChecked()
    await page.getByLabel('Sortieren nach').selectOption('distance')
    await expect(page).toHaveURL(/sort=distance/)
    // The URL changes before the new results arrive: wait until the list is sorted.
    await expect
      .poll(async () => {
        const distances = await page.locator('.listing-card__distance').allInnerTexts()
        const km = distances.map((text) => Number(/([\d,]+) km/.exec(text)![1].replace(',', '.')))
        return km.length > 0 && km.every((value, i) => i === 0 || km[i - 1] <= value)
      })
      .toBe(true)
    const next = page.getByRole('link', { name: 'Nächste Seite' })
    if (await next.count()) {
      await next.click()
      await expect(page).toHaveURL(/page=2/)
      await expect(page).toHaveURL(/type=job/)
      await expect(page).toHaveURL(/sort=distance/)
    }
  })

  test('suggests places while typing where', async ({ page }) => {
    await page.goto('/jobs')
    await page.getByLabel('Wo? (Ort oder PLZ)').pressSequentially('Werni', { delay: 30 })
    await expect(page.locator('#jobs-where-places option[value="Wernigerode"]')).toHaveCount(1)
  })

  test('/jobs passes axe with results, filters open and an empty result', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/jobs?q=Mechatroniker&where=Goslar&type=ausbildung')
    await expect(page.locator('details.filters')).toHaveAttribute('open', '')
    await expectNoAxeViolations(page)
    await page.goto('/jobs?where=Goslar&radius=5&salary=1000000')
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 390, height: 800 })
    await page.goto('/jobs?lang=en')
    await expectNoAxeViolations(page)
  })
})
