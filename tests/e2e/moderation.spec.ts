import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

interface Hit {
  id: number
}

/** Whether search (Meilisearch through the public API) has the listing among the company's listings. */
async function isSearchable(page: Page, company: string, id: number) {
  const response = await page.request.get(`/api/v1/listings?q=${encodeURIComponent(company)}&size=50`)
  const body = (await response.json()) as { hits?: Hit[] }
  return (body.hits ?? []).some((h) => h.id === id)
}

/** The current half-year's figures on /transparenz, as the page shows them. */
async function figures(page: Page) {
  await page.goto('/transparenz')
  const half = page.locator('section[data-testid^="half-"]').first()
  const read = async (id: string) => ((await half.count()) === 0 ? 0 : Number(await half.getByTestId(id).locator('dd').innerText()))
  return {
    scam: await read('notices-scam'),
    unpublish: await read('actions-unpublish'),
    received: await read('objections-received'),
    reversed: await read('objections-reversed'),
  }
}

async function switchTo(page: Page, email: string) {
  await page.context().clearCookies()
  await signInAs(page, email)
}

test('a visitor reports a scam listing, an admin unpublishes it, the employer objects and a second admin reverses it', async ({ page }) => {
  test.setTimeout(120_000)
  const before = await figures(page)
  await expectNoAxeViolations(page)

  // One of the demo employer's published listings.
  await signInAs(page, 'employer@example.org')
  await page.goto('/employer/listings?status=published')
  const hrefs = await page.locator('a[href^="/employer/listings/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const id = Number(hrefs.find((h) => /^\/employer\/listings\/\d+$/.test(h))!.split('/').pop())
  await page.context().clearCookies()

  // The visitor, without an account.
  await page.goto(`/jobs/${id}`)
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  const company = (await page.locator('.listing-page__header .lead').innerText()).split(' · ')[0].trim()
  await expect.poll(() => isSearchable(page, company, id), { timeout: 10_000 }).toBe(true)
  await page.getByRole('link', { name: 'Melden', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/melden\\?listing=${id}$`))
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Meldung senden' }).click()
  await expect(page.getByText('Bitte wählen Sie einen Grund.')).toBeVisible()
  await expect(page.getByText('Bitte bestätigen Sie, dass Sie in gutem Glauben melden.')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Grund').selectOption({ label: 'Betrug oder Täuschung' })
  await page.getByLabel('Erklärung').fill('Man soll vorab eine Gebühr zahlen und Pakete weiterleiten.')
  await page.getByLabel('Ihre E-Mail-Adresse (freiwillig)').fill('melder@example.org')
  await page.getByLabel(/in gutem Glauben/).check()
  await page.getByRole('button', { name: 'Meldung senden' }).click()
  await expect(page.getByRole('heading', { name: 'Danke für Ihre Meldung' })).toBeVisible()

  // The first admin unpublishes it; search drops it within 5 s.
  await switchTo(page, 'admin@example.org')
  await page.goto('/admin/moderation')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: title }).first().click()
  await expectNoAxeViolations(page)
  await page.getByLabel('Anzeige gesperrt').check()
  await page.getByLabel('Regel').selectOption('scam')
  await page.getByLabel('Begründung an den Anbieter').fill('Die Anzeige verlangt Vorabgebühren und das Weiterleiten von Paketen.')
  await page.getByRole('button', { name: 'Entscheidung senden' }).click()
  await expect(page.getByText(/^Entschieden\./)).toBeVisible()
  await expect.poll(() => isSearchable(page, company, id), { timeout: 5_000, intervals: [250] }).toBe(false)
  // The company view the decision rests on: accounts, listings, history.
  await page.locator('a[href^="/admin/companies/"]').first().click()
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible()
  await expectNoAxeViolations(page)

  // The employer receives the statement of reasons and objects.
  await page.context().clearCookies()
  await page.goto('/dev/mail')
  const statement = page.locator('article.mail').filter({ has: page.getByTestId('mail-to').getByText('employer@example.org', { exact: true }) }).filter({ hasText: 'Begründung unserer Entscheidung' }).first()
  await expect(statement).toContainText(title)
  await expect(statement).toContainText('Regel 1')
  await expect(statement).toContainText('/employer/moderation')
  await expect(page.locator('article.mail').filter({ hasText: 'Entscheidung zu Ihrer Meldung' }).first()).toContainText(title)
  await signInAs(page, 'employer@example.org')
  await page.goto('/employer/moderation')
  await expectNoAxeViolations(page)
  const card = page.locator('li.card').filter({ hasText: title }).filter({ has: page.getByLabel('Ihr Widerspruch') }).first()
  await card.getByLabel('Ihr Widerspruch').fill('Die Stelle ist echt; es gibt keine Gebühren. Bitte prüfen Sie erneut.')
  await card.getByRole('button', { name: 'Widerspruch einlegen' }).click()
  await expect(page.getByText('Ihr Widerspruch ist eingegangen.', { exact: false })).toBeVisible()

  // The admin who decided cannot decide the objection; the second admin reverses it.
  await switchTo(page, 'admin@example.org')
  await page.goto('/admin/objections')
  await expect(page.locator('li.card').filter({ hasText: title }).first()).toContainText('Diese Entscheidung haben Sie selbst getroffen')
  await switchTo(page, 'admin2@example.org')
  await page.goto('/admin/objections')
  await expectNoAxeViolations(page)
  const objection = page.locator('li.card').filter({ hasText: title }).first()
  await objection.getByLabel('Begründung an den Anbieter').fill('Nach Rücksprache mit dem Betrieb ist die Stelle echt.')
  await objection.getByRole('button', { name: 'Entscheidung aufheben' }).click()
  await expect(page.getByText('Entscheidung aufgehoben').first()).toBeVisible()
  await expect.poll(() => isSearchable(page, company, id), { timeout: 5_000, intervals: [250] }).toBe(true)

  // The transparency page counts it all, straight from the database.
  await page.context().clearCookies()
  expect(await figures(page)).toEqual({ scam: before.scam + 1, unpublish: before.unpublish + 1, received: before.received + 1, reversed: before.reversed + 1 })
  await expectNoAxeViolations(page)
})

test('admins keep the risk rules; chamber staff see their members’ reports', async ({ page }) => {
  await signInAs(page, 'admin@example.org')
  await page.goto('/admin/risk-rules')
  await expectNoAxeViolations(page)
  await page.getByLabel('Art der Regel').selectOption('burst')
  await page.getByLabel('Wert').fill('viele')
  await page.getByRole('button', { name: 'Regel speichern' }).click()
  await expect(page.getByText('Bitte geben Sie eine Zahl im erlaubten Bereich ein.')).toBeVisible()
  await page.getByLabel('Wert').fill('5')
  await page.getByRole('button', { name: 'Regel speichern' }).click()
  await expect(page.getByText('Gespeichert.')).toBeVisible()
  await expectNoAxeViolations(page)

  await switchTo(page, 'chamber@example.org')
  await page.goto('/chamber/moderation')
  await expect(page.getByRole('heading', { name: 'Meldungen zu Mitgliedsbetrieben' })).toBeVisible()
  await expectNoAxeViolations(page)
})
