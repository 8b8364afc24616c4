import type { Page } from '@playwright/test'
import { expect, expectNoWcag22Violations as expectAxeClean, test } from './support/fixtures'
import { signInAs } from './support/session'

// Digits no demo listing contains, so the published ad is ours (see employer-listings.spec.ts).
const reference = 8_000_000_000 + Math.floor(Math.random() * 999_999_999)

function nextTrainingStart() {
  const now = new Date()
  return `${now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()}-08-01`
}

/**
 * Everything after the occupation: an Ausbildung's allowances only, then publish and follow the public
 * link. axe needs JavaScript in the page, so the run without it leaves the audit to the run with it.
 */
async function publishRetailTraining(page: Page, title: string, { audit }: { audit: boolean }) {
  await expect(page.getByLabel('Titel')).toHaveValue('Ausbildung Kaufmann/-frau im Einzelhandel (m/w/d)')
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Beschreibung').fill('## Deine Aufgaben\n\n- Kundinnen und Kunden beraten\n- Ware annehmen und präsentieren')
  await page.getByLabel('Beginn').fill(nextTrainingStart())
  // An Ausbildung is paid per training year; the job pay fields are not offered (CSS, with or without JS).
  await expect(page.getByLabel('Von (€)')).toBeHidden()
  await expect(page.getByLabel('Zeitraum')).toBeHidden()
  await expect(page.getByLabel('Dauer in Ausbildungsjahren')).toHaveValue('3')
  await page.getByLabel('1. Ausbildungsjahr (€ pro Monat)').fill('1000')
  await page.getByLabel('2. Ausbildungsjahr (€ pro Monat)').fill('1100')
  await page.getByLabel('3. Ausbildungsjahr (€ pro Monat)').fill('1250')
  await page.getByLabel('Mindestens nötiger Schulabschluss').selectOption('hauptschule')
  if (audit) await expectAxeClean(page)
  await page.getByRole('button', { name: 'Veröffentlichen' }).click()

  await expect(page).toHaveURL(/\/employer\/listings\/\d+\/published$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Angebot ist online')
  await expect(page.getByRole('status').filter({ hasText: 'Veröffentlicht.' })).toBeVisible()
  await expect(page.getByRole('button', { name: /schließen/i })).toHaveCount(0)
  const address = await page.getByLabel('Adresse der Anzeige zum Kopieren').inputValue()
  expect(address).toMatch(/\/jobs\/\d+-ausbildung-kaufmann/)
  await expect(page.getByRole('link', { name: 'Per E-Mail teilen' })).toHaveAttribute('href', /^mailto:\?subject=/)
  if (audit) await expectAxeClean(page)

  await page.getByRole('link', { name: 'Öffentliche Anzeige ansehen' }).click()
  await expect(page).toHaveURL(new URL(address).pathname)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  return new URL(address).pathname
}

test('an employer picks the occupation in the combobox, publishes an Ausbildung and follows the link to the ad', async ({ page }) => {
  test.setTimeout(180_000)
  await signInAs(page, 'employer@example.org')
  await page.goto('/employer/listings/new')
  await page.getByLabel('Angebotsart').selectOption({ label: 'Ausbildung' })
  const combobox = page.getByRole('combobox', { name: 'Beruf suchen' })
  await combobox.fill('Einzelhandel')
  const listbox = page.getByRole('listbox', { name: 'Passende Berufe' })
  await expect(listbox.getByRole('option').first()).toContainText('Kaufmann/-frau im Einzelhandel')
  await expect(combobox).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('status').filter({ hasText: /Berufe? gefunden/ })).toBeAttached()
  await expectAxeClean(page)

  // Escape closes, the arrow opens again and marks the first option; Enter picks it.
  await combobox.press('Escape')
  await expect(combobox).toHaveAttribute('aria-expanded', 'false')
  await combobox.press('ArrowDown')
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  const activeId = await listbox.getByRole('option').first().getAttribute('id')
  await expect(combobox).toHaveAttribute('aria-activedescendant', activeId!)
  await combobox.press('Enter')
  await expect(page).toHaveURL(/occupationId=\d+/)
  const path = await publishRetailTraining(page, `Ausbildung Kaufmann/-frau im Einzelhandel (m/w/d), Kennziffer ${reference}`, { audit: true })

  // In the English interface the German text of the ad is marked as German; the field is named in English.
  await page.goto(`${path}?lang=en`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de')
  await expect(page.locator('.rich-text').first()).toHaveAttribute('lang', 'de')
  await expect(page.getByText('Retail sales occupations')).toBeVisible()
  await expectAxeClean(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the same field searches on submit, the matches are links, and publishing leads to the link of the ad', async ({ page }) => {
    test.setTimeout(180_000)
    await signInAs(page, 'employer@example.org')
    await page.goto('/employer/listings/new')
    await page.getByLabel('Angebotsart').selectOption({ label: 'Ausbildung' })
    await page.getByLabel('Beruf suchen').fill('Einzelhandel')
    await page.getByRole('button', { name: 'Beruf suchen' }).click()
    const matches = page.getByRole('list', { name: 'Passende Berufe' }).getByRole('link')
    await expect(matches.first()).toHaveText('Kaufmann/-frau im Einzelhandel wählen')
    await matches.first().click()
    await publishRetailTraining(page, `Ausbildung Kaufmann/-frau im Einzelhandel (m/w/d), Kennziffer ${reference + 1}`, { audit: false })
  })
})
