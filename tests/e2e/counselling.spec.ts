import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const SEEKER = 'seeker@example.org'
const COUNSELLOR = 'chamber@example.org'
const CHAMBER = 'Handwerkskammer Harz-Brocken (Demo)'
const SEEKER_NAME = 'Sina Sucher'

async function switchTo(page: Page, email: string) {
  await page.context().clearCookies()
  await signInAs(page, email)
}

test('a seeker consents to counselling, the chamber notes progress and recommends a listing, and revoking ends the case at once', async ({ page }) => {
  test.setTimeout(120_000)

  // The demo seeker may consent already (demo data, or an earlier run): start from a fresh consent.
  await switchTo(page, SEEKER)
  await page.goto('/me/counselling')
  await expect(page.getByRole('heading', { level: 1, name: 'Beratung durch Kammern' })).toBeVisible()
  await expect(page.getByText('Ihre Unterlagen (Lebenslauf, Zeugnisse)', { exact: false })).toBeVisible()
  const revoke = page.getByRole('button', { name: `Einverständnis zurücknehmen: ${CHAMBER}` })
  if (await revoke.isVisible()) {
    await revoke.click()
    await expect(page.getByRole('status').filter({ hasText: 'Ihr Einverständnis ist zurückgenommen' })).toBeVisible()
  }
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: `Einverständnis geben: ${CHAMBER}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Einverständnis ist gespeichert' })).toBeVisible()
  await expect(page.getByRole('button', { name: `Einverständnis zurücknehmen: ${CHAMBER}` })).toBeVisible()
  await expectNoAxeViolations(page)

  // The counsellor finds the case, notes progress and recommends one of the best matches.
  await switchTo(page, COUNSELLOR)
  await page.goto('/chamber/caseload')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: SEEKER_NAME }).click()
  await expect(page.getByRole('heading', { level: 1, name: SEEKER_NAME })).toBeVisible()
  const casePath = new URL(page.url()).pathname
  await expect(page.getByRole('heading', { name: 'Am besten passende offene Angebote' })).toBeVisible()
  await expect(page.getByText(/^Passt zu \d+ %$/).first()).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Neue Notiz').fill('Bewerbungstraining für Dienstag vereinbart.')
  await page.getByRole('button', { name: 'Notiz speichern' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Die Notiz ist gespeichert' })).toBeVisible()
  await expect(page.getByText('Bewerbungstraining für Dienstag vereinbart.')).toBeVisible()
  await expect(page.getByText(/^Karl Kammer am /).first()).toBeVisible()

  const listing = page.getByLabel('Angebot', { exact: true })
  const chosen = (await listing.locator('option:checked').textContent())!
  const title = chosen.split(' – ')[0]
  await page.getByLabel('Notiz an die Person (freiwillig)').fill('Passt gut zu Ihrem Praktikum – bewerben Sie sich!')
  await page.getByRole('button', { name: 'Empfehlen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Die Empfehlung ist gespeichert' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Empfehlungen Ihrer Kammer' }).getByRole('link', { name: title })).toBeVisible()
  await expectNoAxeViolations(page)

  // The seeker sees the recommendation first, with the chamber's name and the note, and revokes.
  await switchTo(page, SEEKER)
  await page.goto('/dev/mail')
  await expect(page.locator('article.mail').filter({ hasText: `Die ${CHAMBER} empfiehlt Ihnen: ${title}` }).first()).toBeVisible()
  await page.goto('/me/recommendations')
  const picks = page.getByRole('region', { name: 'Empfohlen von Ihrer Beratung' })
  await expect(picks.getByRole('link', { name: title })).toBeVisible()
  await expect(picks.getByText(`empfohlen von ${CHAMBER}`)).toBeVisible()
  await expect(picks.getByText('Passt gut zu Ihrem Praktikum – bewerben Sie sich!')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/me/counselling')
  await page.getByRole('button', { name: `Einverständnis zurücknehmen: ${CHAMBER}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Einverständnis ist zurückgenommen' })).toBeVisible()
  await page.goto('/me/recommendations')
  await expect(page.getByRole('region', { name: 'Empfohlen von Ihrer Beratung' })).toHaveCount(0)

  // The case is gone for the chamber at once.
  await switchTo(page, COUNSELLOR)
  await page.goto('/chamber/caseload')
  await expect(page.getByRole('heading', { level: 1, name: 'Beratungsfälle' })).toBeVisible()
  await expect(page.getByRole('link', { name: SEEKER_NAME })).toHaveCount(0)
  const gone = await page.goto(casePath)
  expect(gone?.status()).toBe(404)
})
