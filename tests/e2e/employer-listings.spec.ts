import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

// Reference numbers ("Kennziffer") no demo listing contains. Digits, because search splits German
// compounds and an invented word ("Harzfalke…") would be cut into real words matching hundreds of listings.
const reference = 7_000_000_000 + Math.floor(Math.random() * 999_999_999)
const TRAINING_WORD = String(reference)
const JOB_WORD = String(reference + 1)
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a3f20000000049454e44ae426082', 'hex')

const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** 1 August of the next training year that has not started yet. */
function nextTrainingStart() {
  const now = new Date()
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  return `${year}-08-01`
}

async function expectFoundInSearch(page: Page, word: string, title: string) {
  // Published → outbox → sync loop (1 s) → Meilisearch: the listing must be findable within 5 s.
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/v1/listings?q=${encodeURIComponent(word)}`)
        const body = (await response.json()) as { hits?: Array<{ title: string }> }
        return (body.hits ?? []).map((l) => l.title)
      },
      { timeout: 5_000, intervals: [250] },
    )
    .toContain(title)
  await page.goto(`/jobs?q=${encodeURIComponent(word)}`)
  await expect(page.getByRole('link', { name: title }).first()).toBeVisible()
}

/** Step one of a new listing; `pick` clicks one of several matches, an exact name is taken at once. */
async function chooseOccupation(page: Page, offerType: string, words: string, pick?: RegExp) {
  await page.goto('/employer/listings/new')
  await expectNoAxeViolations(page)
  await page.getByLabel('Angebotsart').selectOption({ label: offerType })
  await page.getByLabel('Beruf suchen').fill(words)
  // Enter with no suggestion chosen searches (the suggestion list may cover the button).
  await page.getByLabel('Beruf suchen').press('Enter')
  if (pick) await page.getByRole('link', { name: pick }).first().click()
  await expect(page.getByText(/^Beruf: /).first()).toBeVisible()
  await expectNoAxeViolations(page)
}

test('an employer edits the company, publishes an Ausbildung and a job with pay, and finds both in search', async ({ page }) => {
  test.setTimeout(180_000)
  await signInAs(page, 'employer@example.org')

  await page.goto('/employer')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Betriebsprofil' }).click()
  await expect(page).toHaveURL(/\/employer\/company$/)
  await expectNoAxeViolations(page)

  await page.getByLabel('Beschreibung').fill('## Wer wir sind\n\nEin **Familienbetrieb** im Harz, der seit 1950 ausbildet.')
  await page.getByRole('button', { name: 'Vorschau anzeigen' }).click()
  await expect(page.locator('.preview strong')).toHaveText('Familienbetrieb')
  await page.getByLabel('Website').fill('www.harz-betrieb.example')
  await page.getByLabel('Sitz').fill('38855 Wernigerode')
  await page.getByLabel('Wir sind Ausbildungsbetrieb').check()
  await page.getByRole('button', { name: 'Profil speichern' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible()
  await expect(page.getByLabel('Website')).toHaveValue('https://www.harz-betrieb.example')

  await page.getByLabel('Logo-Datei').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG })
  await page.getByRole('button', { name: 'Logo hochladen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Das Logo ist gespeichert.' })).toBeVisible()
  await expect(page.getByRole('img', { name: 'Logo des Betriebs' })).toBeVisible()
  await expectNoAxeViolations(page)

  // An Ausbildung: title and training years come from the occupation; one allowance per year.
  await chooseOccupation(page, 'Ausbildung', 'Mechatroniker', /^Mechatroniker\/in wählen$/)
  await expect(page.getByLabel('Titel')).toHaveValue('Ausbildung Mechatroniker/in (m/w/d)')
  const trainingTitle = `Ausbildung Mechatroniker/in (m/w/d), Kennziffer ${TRAINING_WORD}`
  await page.getByLabel('Titel').fill(trainingTitle)
  await page.getByLabel('Beschreibung').fill('## Deine Aufgaben\n\n- Anlagen montieren\n- Steuerungen programmieren')
  await page.getByLabel('Beginn').fill(nextTrainingStart())
  await expect(page.getByLabel('Dauer in Ausbildungsjahren')).toHaveValue('4')
  await page.getByLabel('1. Ausbildungsjahr (€ pro Monat)').fill('1050')
  await page.getByLabel('2. Ausbildungsjahr (€ pro Monat)').fill('1120')
  await page.getByLabel('3. Ausbildungsjahr (€ pro Monat)').fill('1190')
  await page.getByLabel('4. Ausbildungsjahr (€ pro Monat)').fill('1250')
  await page.getByLabel('Mindestens nötiger Schulabschluss').selectOption('hauptschule')
  await page.getByLabel('Deutschlandticket').check()
  await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Veröffentlicht.' })).toBeVisible()
  await expect(page.getByRole('link', { name: trainingTitle })).toBeVisible()
  await expectNoAxeViolations(page)

  // A job found by its English name, with a wording the AGG check flags and the employer confirms.
  await chooseOccupation(page, 'Job', 'electrician', /wählen$/)
  const jobTitle = `Elektroniker/in (m/w/d), Kennziffer ${JOB_WORD}`
  await page.getByLabel('Titel').fill(jobTitle)
  await page.getByLabel('Beschreibung').fill('Wir sind ein junges Team und suchen Verstärkung für die Wartung unserer Anlagen.')
  await page.getByLabel('Beginn').fill(isoDate(new Date(Date.now() + 14 * 86_400_000)))
  await page.getByLabel('Zeitraum').selectOption('month')
  await page.getByLabel('Von (€)').fill('2800')
  await page.getByLabel('Bis (€, optional)').fill('3400')
  await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Formulierungen, die benachteiligen können' })).toBeVisible()
  await expect(page.locator('.fair-wording mark')).toHaveText(['junges Team'])
  await expect(page.getByText('Besser: „motiviertes Team“')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Ich habe die Hinweise geprüft.').check()
  await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Veröffentlicht.' })).toBeVisible()

  await page.goto('/employer/listings?status=published')
  await expect(page.getByRole('link', { name: trainingTitle })).toBeVisible()
  await expect(page.getByRole('link', { name: jobTitle })).toBeVisible()
  await expectNoAxeViolations(page)

  await expectFoundInSearch(page, TRAINING_WORD, trainingTitle)
  await expectFoundInSearch(page, JOB_WORD, jobTitle)
})

test('publishing without pay is refused with a field error, and nothing is saved', async ({ page }) => {
  test.setTimeout(90_000)
  await signInAs(page, 'employer@example.org')
  await page.goto('/employer/listings')
  const before = await page.getByRole('link', { name: /^Alle \(\d+\)$/ }).textContent()
  await chooseOccupation(page, 'Job', 'Fachkraft für Lagerlogistik')
  await page.getByLabel('Beschreibung').fill('Kommissionieren und Verladen im Lager.')
  await page.getByLabel('Beginn').fill(isoDate(new Date(Date.now() + 7 * 86_400_000)))
  await page.getByRole('button', { name: 'Veröffentlichen' }).click()
  await expect(page.getByText('Bitte geben Sie die Vergütung an.')).toBeVisible()
  await expect(page.getByLabel('Von (€)')).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)
  await page.goto('/employer/listings')
  await expect(page.getByRole('link', { name: /^Alle \(\d+\)$/ })).toHaveText(before!)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the occupation step and the form work with plain page loads', async ({ page }) => {
    await signInAs(page, 'employer@example.org')
    await page.goto('/employer/listings/new')
    await page.getByLabel('Angebotsart').selectOption({ label: 'Ausbildung' })
    await page.getByLabel('Beruf suchen').fill('Elektroniker')
    await page.getByRole('button', { name: 'Beruf suchen' }).click()
    await expect(page).toHaveURL(/occupation=Elektroniker/)
    await page.getByRole('link', { name: 'Elektroniker/in für Betriebstechnik wählen' }).click()
    await expect(page.getByLabel('Titel')).toHaveValue('Ausbildung Elektroniker/in für Betriebstechnik (m/w/d)')
    await page.getByLabel('Beschreibung').fill('Du baust **Möbel**.')
    await page.getByRole('button', { name: 'Vorschau anzeigen' }).click()
    await expect(page.locator('.preview strong')).toHaveText('Möbel')
    await expect(page.getByLabel('Titel')).toHaveValue('Ausbildung Elektroniker/in für Betriebstechnik (m/w/d)')
  })
})
