import { makeTinyPdf } from '../../db/seed/tiny-pdf'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

// One new seeker for the file: registering is rate-limited per address, signing in is not as tight.
const EMAIL = `neu.seeker.${Date.now().toString(36)}@example.org`
const PASSWORD = 'Harzer Hexenstieg 2026'

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext()
  const response = await context.request.post('/register', { form: { kind: 'seeker', name: 'Nele Neu', email: EMAIL, password: PASSWORD, lang: 'de' }, maxRedirects: 0 })
  expect(response.status(), 'registration').toBe(302)
  await context.close()
})

test('a new seeker builds a profile, uploads a CV, sees recommendations with reasons and bookmarks one', async ({ page }) => {
  // Six pages and a second page of recommendations, each checked with axe: on a busy two-core machine that takes time.
  test.setTimeout(180_000)
  await signInAs(page, EMAIL, PASSWORD)
  await page.goto('/me')
  await page.getByRole('link', { name: 'Mein Profil' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible()
  await expect(page.getByText('Ihr Profil ist zu 0 % vollständig.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Geben Sie Ihre Deutschkenntnisse an' })).toBeVisible()
  await expectNoAxeViolations(page)

  // Wished occupation: search, then add one of the matches.
  await page.getByLabel('Beruf suchen').fill('Mechatroniker')
  await page.getByRole('button', { name: 'Berufe suchen' }).click()
  await page.getByRole('button', { name: 'Hinzufügen Mechatroniker/in', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Entfernen Mechatroniker/in', exact: true })).toBeVisible()

  // A wrong radius is refused with a clear message, and what was typed stays.
  await page.getByLabel('Was trifft auf Sie zu?').selectOption('school-leaver')
  await page.getByLabel('Höchster Schulabschluss').selectOption('mittlere-reife')
  await page.getByRole('checkbox', { name: 'Ausbildung' }).check()
  await page.getByLabel('Deutschkenntnisse').selectOption('B2')
  await page.getByLabel('Wohnort (Ort oder Postleitzahl)').fill('Goslar')
  await page.getByLabel('So weit kann ich fahren (km)').fill('500')
  await page.getByRole('button', { name: 'Profil speichern' }).click()
  await expect(page.getByText('Bitte geben Sie eine ganze Zahl von 1 bis 100 an.')).toBeVisible()
  await expect(page.getByLabel('Wohnort (Ort oder Postleitzahl)')).toHaveValue('Goslar')
  await expect(page.getByRole('checkbox', { name: 'Ausbildung' })).toBeChecked()
  await expectNoAxeViolations(page)

  await page.getByLabel('So weit kann ich fahren (km)').fill('50')
  await page.getByRole('button', { name: 'Profil speichern' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible()
  await expect(page.getByLabel('Wohnort (Ort oder Postleitzahl)')).toHaveValue(/^38\d{3} Goslar$/)
  await expect(page.getByRole('link', { name: 'Laden Sie Ihren Lebenslauf hoch' })).toBeVisible()

  // Documents: a fake PDF is refused, a real one is kept and downloads as an attachment.
  await page.getByRole('link', { name: 'Laden Sie Ihren Lebenslauf hoch' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Unterlagen' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Datei').setInputFiles({ name: 'lebenslauf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><body>kein PDF</body></html>') })
  await page.getByRole('button', { name: 'Hochladen' }).click()
  await expect(page.getByText('Die Datei ist als PDF benannt, ist aber keine PDF-Datei.', { exact: false })).toBeVisible()
  await page.getByLabel('Datei').setInputFiles({ name: 'lebenslauf.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makeTinyPdf(['Lebenslauf Nele Neu'])) })
  await page.getByRole('button', { name: 'Hochladen' }).click()
  await expect(page.getByText('Die Unterlage ist gespeichert.')).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'lebenslauf.pdf' })).toBeVisible()
  const href = await page.getByRole('link', { name: 'Herunterladen' }).getAttribute('href')
  const download = await page.request.get(href!)
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/)
  expect(download.headers()['content-type']).toBe('application/pdf')
  await expectNoAxeViolations(page)

  // Recommendations with the score and its reasons.
  await page.goto('/me/recommendations')
  await expect(page.getByRole('heading', { level: 1, name: 'Vorschläge für mich' })).toBeVisible()
  const first = page.getByRole('listitem').filter({ hasText: 'Passt zu' }).first()
  await expect(first).toContainText(/Passt zu \d+ %/)
  await expect(first).toContainText(/km von Goslar – innerhalb Ihrer 50 km/)
  // Compact: the reasons are folded under the score, the best fit comes first, more are a link away.
  const reason = first.getByText(/km von Goslar – innerhalb Ihrer 50 km/)
  await expect(reason).toBeHidden()
  await first.locator('summary').click()
  await expect(reason).toBeVisible()
  const cards = page.getByRole('list', { name: 'Vorgeschlagene Angebote' }).getByRole('listitem').filter({ hasText: 'Passt zu' })
  const scores = (await cards.getByText(/^Passt zu \d+ %$/).allInnerTexts()).map((text) => Number(/\d+/.exec(text)![0]))
  expect(scores).toEqual([...scores].sort((a, b) => b - a))
  expect(scores.length).toBeLessThanOrEqual(6)
  const more = page.getByRole('link', { name: /weitere.* Vorschl/ })
  if (await more.count()) {
    await more.click()
    await expect(page).toHaveURL(/shown=12/)
    await expect.poll(() => cards.count()).toBeGreaterThan(scores.length)
  }
  await expectNoAxeViolations(page)

  // The listing page shows the same match, and the listing can be bookmarked.
  const title = (await first.getByRole('heading', { level: 3 }).textContent())!.trim()
  await first.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Wie gut passt das zu Ihnen?' })).toBeVisible()
  await expect(page.getByText(/^Passt zu \d+ %$/)).toBeVisible()
  await page.getByRole('button', { name: 'Merken', exact: true }).click()
  await expect(page.getByText('Auf Ihrer Merkliste')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Zur Merkliste' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Merkliste' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: `Von der Merkliste entfernen: ${title}` }).click()
  await expect(page.getByText('Sie haben sich noch keine Angebote gemerkt.', { exact: false })).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the occupation search finds an occupation by its Arabic name and adds it', async ({ page }) => {
    await signInAs(page, EMAIL, PASSWORD)
    await page.goto('/me/profile')
    await page.getByLabel('Beruf suchen').fill('طاهي')
    await page.getByRole('button', { name: 'Berufe suchen' }).click()
    await expect(page).toHaveURL(/occupation=/)
    const matches = page.getByRole('list', { name: 'Gefundene Berufe' })
    // The training occupation and the ESCO one share the German name; the first is the training one.
    await matches.getByRole('button', { name: 'Hinzufügen Koch/Köchin', exact: true }).first().click()
    await expect(page.getByRole('button', { name: 'Entfernen Koch/Köchin', exact: true })).toBeVisible()
  })
})
