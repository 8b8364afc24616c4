import { expect, expectNoAxeViolations, test } from './support/fixtures'

const PAGES = ['/', '/impressum', '/datenschutz', '/barrierefreiheit', '/about/data', '/login', '/register', '/reset-password']

test('the home page shows the demo listings: counts by offer type and district, and the newest', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const byType = page.getByRole('link', { name: /Ausbildung\s+\d+/ }).first()
  await expect(byType).toBeVisible()
  await expect(page.getByRole('link', { name: /Landkreis Goslar/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /Kyffhäuserkreis/ })).toBeVisible()
  const newest = page.locator('a[href^="/jobs/"]')
  expect(await newest.count()).toBeGreaterThanOrEqual(6)
  await expect(page.getByText(/€/).first()).toBeVisible()
  await expectNoAxeViolations(page)
})

for (const path of PAGES) {
  test(`${path} switches between German and English and passes axe in both`, async ({ page }) => {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    const germanTitle = await page.title()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`))
    expect(await page.title()).not.toBe(germanTitle)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Deutsch' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the language switch and the footer links work', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.getByRole('contentinfo').getByRole('link', { name: 'Data sources' }).click()
    await expect(page.getByText('This service uses the ESCO classification of the European Commission.')).toBeVisible()
    await page.getByRole('contentinfo').getByRole('link', { name: /Imprint|Legal notice/ }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})

test('an unknown address answers 404 in the chosen language, with the layout', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible()
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('health answers: alive, and ready with database and search', async ({ request }) => {
  expect((await request.get('/healthz')).status()).toBe(200)
  const ready = await request.get('/readyz')
  expect(ready.status()).toBe(200)
  expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: 'ok', search: 'ok' } })
})
