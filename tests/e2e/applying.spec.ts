import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const SEEKER = 'seeker@example.org'
const CV_NAME = 'Lebenslauf-E2E.pdf'
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
const OWNER = 'employer@example.org'

async function switchTo(page: Page, email: string) {
  await page.context().clearCookies()
  await signInAs(page, email)
}

/** The newest mail to `email` at /dev/mail whose subject contains `subject`. */
async function expectMail(page: Page, email: string, subject: string) {
  await page.goto('/dev/mail')
  const mail = page.locator('article.mail').filter({ has: page.getByTestId('mail-to').getByText(email, { exact: true }) }).filter({ hasText: subject })
  await expect(mail.first()).toBeVisible()
}

test('a seeker applies, the employer works through the application, and the seeker follows it and withdraws another', async ({ page }) => {
  test.setTimeout(120_000)

  // A published listing of the demo owner's company (the demo seeker has not applied to any of them).
  await signInAs(page, OWNER)
  await page.goto('/employer/listings?status=published')
  const href = await page.locator('table a[href^="/employer/listings/"]').first().getAttribute('href')
  const listingId = /\/employer\/listings\/(\d+)/.exec(href ?? '')![1]

  // The seeker uploads a CV and applies from the listing page, with the CV and a cover letter.
  await switchTo(page, SEEKER)
  await page.goto('/me/documents')
  await page.getByLabel('Art der Unterlage').selectOption('cv')
  await page.getByLabel('Datei').setInputFiles({ name: CV_NAME, mimeType: 'application/pdf', buffer: PDF })
  await page.getByRole('button', { name: 'Hochladen' }).click()
  await expect(page.getByText(CV_NAME).first()).toBeVisible()
  await page.goto(`/jobs/${listingId}`)
  // The demo company has answered five applications, so its usual reply time shows.
  await expect(page.getByText(/^Antwortet meist innerhalb/)).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Jetzt bewerben' }).click()
  await expect(page).toHaveURL(new RegExp(`/jobs/${listingId}/apply$`))
  await expect(page.getByRole('heading', { name: 'Ihr Profil' })).toBeVisible()
  await expect(page.getByLabel(new RegExp(CV_NAME))).toBeChecked()
  await expectNoAxeViolations(page)
  await page.getByLabel('Anschreiben (freiwillig)').fill('Ich bin neugierig auf Technik und freue mich auf ein Gespräch.')
  await page.getByRole('button', { name: 'Bewerbung absenden' }).click()
  await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}\?done=applied$/)
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Bewerbung ist abgeschickt' })).toBeVisible()
  const applicationPath = new URL(page.url()).pathname
  const applicationId = applicationPath.split('/').pop()!
  await expectNoAxeViolations(page)
  await expectMail(page, SEEKER, 'ist angekommen')

  // A second try shows the first application.
  await page.goto(`/jobs/${listingId}/apply`)
  await expect(page).toHaveURL(`${applicationPath}?done=already`)

  // The owner moves it on the board, then through the application's page, with a message and a note.
  await switchTo(page, OWNER)
  await expectMail(page, OWNER, 'Neue Bewerbung')
  await page.goto('/employer')
  await expect(page.getByRole('link', { name: /überfällige Bewerbung/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto(`/employer/listings/${listingId}/applications`)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Tafel' }).click()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Sina Sucher verschieben' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Der Status ist geändert' })).toBeVisible()
  await expect(page.locator('#column-in_review').locator('..').getByRole('link', { name: 'Sina Sucher' })).toBeVisible()

  await page.goto(`/employer/applications/${applicationId}`)
  await expectNoAxeViolations(page)
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: new RegExp(`${CV_NAME} herunterladen`) }).click()
  expect((await download).suggestedFilename()).toBe(CV_NAME)
  await page.getByLabel('Neuer Status').selectOption({ label: 'Vorstellungsgespräch' })
  await page.getByLabel('Nachricht an die Person (freiwillig)').fill('Wir laden Sie zum Gespräch ein: Montag, 9 Uhr.')
  await page.getByRole('button', { name: 'Status ändern' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Der Status ist geändert' })).toBeVisible()
  await page.getByLabel('Notiz', { exact: true }).fill('Interne Einschätzung: sehr motiviert')
  await page.getByRole('button', { name: 'Notiz speichern' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Die Notiz ist gespeichert.' })).toBeVisible()
  await page.getByLabel('Ihre Nachricht').fill('Bitte bringen Sie Ihre Zeugnisse mit.')
  await page.getByRole('button', { name: 'Nachricht senden' }).click()
  await expect(page.getByText('Bitte bringen Sie Ihre Zeugnisse mit.')).toBeVisible()
  await expectNoAxeViolations(page)

  // The seeker sees the status change and both messages, by mail and on the page, never the note.
  await switchTo(page, SEEKER)
  await expectMail(page, SEEKER, 'Vorstellungsgespräch')
  await page.goto(applicationPath)
  await expect(page.locator('.app-status').first()).toHaveText('Vorstellungsgespräch')
  await expect(page.getByText('Wir laden Sie zum Gespräch ein: Montag, 9 Uhr.')).toBeVisible()
  await expect(page.getByText('Bitte bringen Sie Ihre Zeugnisse mit.')).toBeVisible()
  await expect(page.getByText('Interne Einschätzung')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // …and withdraws another, still open application.
  await page.goto('/me/applications')
  await expectNoAxeViolations(page)
  const other = page.getByRole('row').filter({ hasText: 'Eingegangen' }).first()
  await other.getByRole('link').click()
  await expect(page).not.toHaveURL(applicationPath)
  await expectNoAxeViolations(page)
  await page.getByLabel('Grund (freiwillig)').fill('Ich habe mich für einen anderen Betrieb entschieden.')
  await page.getByRole('button', { name: 'Bewerbung zurückziehen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Bewerbung ist zurückgezogen' })).toBeVisible()
  await expect(page.locator('.app-status').first()).toHaveText('Zurückgezogen')
  await expect(page.getByRole('button', { name: 'Bewerbung zurückziehen' })).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the employer moves an applicant on the board with plain forms', async ({ page }) => {
    await signInAs(page, OWNER)
    await page.goto('/employer/applications')
    await page.getByRole('link', { name: 'Leon Lehmann' }).click()
    await page.getByRole('link', { name: 'Alle Bewerbungen auf dieses Angebot' }).click()
    await page.getByRole('link', { name: 'Tafel' }).click()
    await page.getByRole('button', { name: 'Leon Lehmann verschieben' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Der Status ist geändert' })).toBeVisible()
    await expect(page.locator('#column-in_review').locator('..').getByRole('link', { name: 'Leon Lehmann' })).toBeVisible()
  })
})
