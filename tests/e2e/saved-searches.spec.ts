import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const QUERY = 'q=Mechatroniker&where=Goslar&type=ausbildung'
const DERIVED_NAME = 'Mechatroniker · Goslar (+25 km) · Ausbildung'

/** What the "Suche speichern" form on /jobs sends: intent=save and the page's query string. */
async function saveSearch(page: Page, query: string) {
  const response = await page.request.post('/me/searches', { form: { intent: 'save', query }, maxRedirects: 0 })
  expect(response.status()).toBe(302)
  return response.headers().location
}

const savedSearch = (page: Page, name: string) => page.locator('article').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled })

    test('a seeker saves a search, changes how often it is mailed, runs it and deletes it', async ({ page }) => {
      await signInAs(page, 'seeker@example.org')
      expect(await saveSearch(page, QUERY)).toBe('/me/searches?notice=saved')

      await page.goto('/me')
      await page.getByRole('link', { name: 'Suchaufträge' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Suchaufträge' })).toBeVisible()
      const item = savedSearch(page, DERIVED_NAME)
      await expect(item).toBeVisible()
      // axe runs inside the page, so only where scripts run.
      if (javaScriptEnabled) await expectNoAxeViolations(page)

      const renamed = `Ausbildung am Harzrand ${javaScriptEnabled ? 'js' : 'html'} ${Date.now().toString(36)}`
      await item.getByLabel('Name der Suche').fill(renamed)
      await item.getByLabel('E-Mail mit neuen Angeboten').selectOption('weekly')
      await item.getByRole('button', { name: 'Änderungen speichern' }).click()
      await expect(page.getByRole('status')).toHaveText('Gespeichert.')
      const changed = savedSearch(page, renamed)
      await expect(changed.getByLabel('E-Mail mit neuen Angeboten')).toHaveValue('weekly')

      await changed.getByRole('link', { name: 'Suche öffnen' }).click()
      await expect(page).toHaveURL(/\/jobs\?q=Mechatroniker&where=Goslar&radius=25&type=ausbildung$/)

      await page.goto('/me/searches')
      await savedSearch(page, renamed).getByRole('button', { name: 'Suche löschen' }).click()
      await expect(savedSearch(page, renamed)).toHaveCount(0)
      await expect(page).toHaveURL(/\/me\/searches$/)
    })
  })
}

test('an anonymous visitor who saves a search is asked to sign in and brought back to it', async ({ page }) => {
  const location = await saveSearch(page, QUERY)
  expect(location).toBe(`/login?redirectTo=${encodeURIComponent(`/jobs?${QUERY.replace('&type', '&radius=25&type')}`)}`)
})

test('a broken unsubscribe link says so clearly', async ({ page }) => {
  const response = await page.goto('/alerts/unsubscribe?id=4f2b8c1e-6a3d-4e5f-9b7a-1c2d3e4f5a6b&token=forged')
  expect(response?.status()).toBe(400)
  await expect(page.getByRole('alert')).toContainText('Dieser Abmeldelink ist ungültig')
  await expectNoAxeViolations(page)
})
