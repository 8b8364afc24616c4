import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const OWNER = 'employer@example.org'
const SEEKER = 'seeker@example.org'
const SEEKER_NAME = 'Sina Sucher'

async function switchTo(page: Page, email: string) {
  await page.context().clearCookies()
  await signInAs(page, email)
}

test('an employer finds the demo seeker anonymised, invites them, the seeker accepts and the employer then sees the name', async ({ page }) => {
  test.setTimeout(120_000)

  // The search: a wished occupation picked as on the listing form, then place, radius and German level.
  await signInAs(page, OWNER)
  await page.goto('/employer/candidates')
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidatinnen und Kandidaten finden' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Beruf suchen').fill('Elektroniker')
  await page.getByRole('button', { name: 'Beruf suchen' }).click()
  await page.getByRole('link', { name: /^Elektroniker\/in wählen$/ }).first().click()
  await expect(page.getByText('Wunschberuf: Elektroniker/in')).toBeVisible()
  await page.getByLabel('Wohnort in der Nähe von (Ort oder PLZ)').fill('Goslar')
  await page.getByLabel('Umkreis').selectOption('5')
  await page.getByLabel('Deutsch mindestens').selectOption('C1')
  await page.getByRole('button', { name: 'Kandidaten suchen' }).click()
  await expect(page).toHaveURL(/where=Goslar/)
  const card = page.locator('article.candidate-card').filter({ has: page.getByRole('heading', { name: 'Kandidat/in S.' }) })
  await expect(card).toBeVisible()
  await expect(card).toContainText('Goslar (Landkreis Goslar)')
  await expect(card).toContainText('Elektroniker/in')
  expect(await page.content()).not.toContain(SEEKER_NAME)
  expect(await page.content()).not.toContain(SEEKER)
  await expectNoAxeViolations(page)

  // The anonymised profile and the invitation, to a listing the person has not been invited to yet.
  await card.getByRole('link', { name: /Profil ansehen/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidat/in S.' })).toBeVisible()
  await expect(page.getByText('Name und E-Mail-Adresse sehen Sie, sobald die Person eine Ihrer Einladungen annimmt.')).toBeVisible()
  const candidatePath = new URL(page.url()).pathname
  expect(candidatePath).toMatch(/^\/employer\/candidates\/[A-Za-z0-9_-]{22}$/)
  await expectNoAxeViolations(page)
  const listing = page.getByLabel('Stelle', { exact: true })
  const options = await listing.locator('option').evaluateAll((nodes) => nodes.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })))
  const target = options.find((o) => !o.label.includes('bereits eingeladen'))!
  const title = target.label.replace(/ \([^()]*\)$/, '')
  await listing.selectOption(target.value)
  await page.getByLabel('Nachricht an die Person (freiwillig)').fill('Wir freuen uns auf Ihre Bewerbung!')
  await page.getByRole('button', { name: 'Einladung senden' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Die Einladung ist verschickt.' })).toBeVisible()
  await expect(page.getByRole('option', { name: `${title} – bereits eingeladen` })).toHaveCount(1)
  await expectNoAxeViolations(page)

  // A second try shows the first invitation.
  await listing.selectOption(target.value)
  await page.getByRole('button', { name: 'Einladung senden' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Zu dieser Stelle haben Sie die Person schon eingeladen' })).toBeVisible()

  await page.goto('/dev/mail')
  const mail = page.locator('article.mail').filter({ has: page.getByTestId('mail-to').getByText(SEEKER, { exact: true }) }).filter({ hasText: 'lädt Sie zur Bewerbung ein' })
  await expect(mail.first()).toBeVisible()

  // The seeker accepts, which shares name and e-mail with the company.
  await switchTo(page, SEEKER)
  await page.goto('/me/invitations')
  await expect(page.getByRole('heading', { level: 1, name: 'Einladungen zur Bewerbung' })).toBeVisible()
  await expectNoAxeViolations(page)
  const invitation = page.locator('article.invitation').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
  await expect(invitation).toContainText('Wir freuen uns auf Ihre Bewerbung!')
  await invitation.getByRole('button', { name: /^Annehmen/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Sie haben die Einladung angenommen.' })).toBeVisible()
  const accepted = page.locator('article.invitation').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
  await expect(accepted.getByRole('link', { name: /Jetzt bewerben|Zu Ihrer Bewerbung/ })).toBeVisible()
  await expectNoAxeViolations(page)

  // The employer now sees who it is, on the candidate page and in the accepted invitations.
  await switchTo(page, OWNER)
  await page.goto(candidatePath)
  await expect(page.getByRole('heading', { level: 1, name: SEEKER_NAME })).toBeVisible()
  await expect(page.getByRole('link', { name: SEEKER })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/employer/candidates')
  const acceptedTable = page.locator('#invitations table').first()
  await expect(acceptedTable.getByRole('link', { name: SEEKER_NAME })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the candidate search works without JavaScript and names a place it does not know', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await signInAs(page, OWNER)
  await page.goto('/employer/candidates')
  await page.getByLabel('Wohnort in der Nähe von (Ort oder PLZ)').fill('Atlantis am Meer')
  await page.getByRole('button', { name: 'Kandidaten suchen' }).click()
  await expect(page.getByText('Diesen Ort kennen wir nicht.')).toBeVisible()
  await page.getByLabel('Wohnort in der Nähe von (Ort oder PLZ)').fill('Wernigerode')
  await page.getByLabel('Umkreis').selectOption('10')
  await page.getByRole('button', { name: 'Kandidaten suchen' }).click()
  await expect(page.locator('article.candidate-card').filter({ hasText: 'Wernigerode (Landkreis Harz)' }).first()).toBeVisible()
  await context.close()
})
