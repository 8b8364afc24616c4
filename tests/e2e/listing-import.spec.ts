import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

// Reference numbers no demo listing contains, so the imported titles are unambiguous on the page.
const reference = 8_000_000_000 + Math.floor(Math.random() * 999_999_999)

const isoDate = (date: Date) => date.toISOString().slice(0, 10)
const jobStart = isoDate(new Date(Date.now() + 30 * 86_400_000))
const trainingStart = () => {
  const now = new Date()
  return `${now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()}-08-01`
}

const HEADER = 'offerType;occupation;title;description;place;workingTime;startDate;payPeriod;payMin;payMax;allowances;benefits;status'

/** Three rows; the first one's description spans lines 2–4, so the second row is line 5. */
function csv(tag: string, badPlace: boolean) {
  return [
    HEADER,
    `ausbildung;Mechatroniker/in;Ausbildung Mechatroniker/in (m/w/d) ${tag}-1;"## Deine Aufgaben\n\n- Anlagen montieren; warten";38640 Goslar;vollzeit;${trainingStart()};;;;1050|1120|1190|1250;deutschlandticket;draft`,
    `job;Koch/Köchin;Koch/Köchin (m/w/d) ${tag}-2;"Frische Küche, regionale Produkte.";${badPlace ? '99999 Nirgendwo' : '38855 Wernigerode'};teilzeit;${jobStart};month;1.900;2300;;;published`,
    `praktikum;Mechatroniker/in;Praktikum Mechatroniker/in (m/w/d) ${tag}-3;Zwei Wochen in der Werkstatt.;38640 Goslar;vollzeit;${jobStart};;0;;;;draft`,
  ].join('\r\n')
}

const file = (content: string) => ({ name: 'angebote.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${content}`, 'utf8') })

async function openImport(page: Page) {
  await page.goto('/employer/listings/import')
  await expect(page.getByRole('heading', { level: 1, name: 'Angebote importieren' })).toBeVisible()
}

test('an employer imports listings from a CSV: a bad row stops everything, the fixed file imports', async ({ page }) => {
  test.setTimeout(60_000)
  const tag = `K${reference}`
  await signInAs(page, 'employer@example.org')
  await openImport(page)
  await expectNoAxeViolations(page)

  const template = await page.request.get('/employer/listings/import-template.csv')
  expect(template.headers()['content-type']).toContain('text/csv')
  expect(await template.text()).toContain('offerType;occupation;title')

  await page.getByLabel('Datei (CSV oder JSON)').setInputFiles(file(csv(tag, true)))
  await page.getByRole('button', { name: 'Importieren' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Es wurde nichts importiert' })
  await expect(alert).toContainText('Fehler in Zeile 5.')
  const badRow = page.getByRole('row', { name: /Zeile 5/ })
  await expect(badRow).toContainText('place: Diesen Ort kennen wir nicht.')
  await expect(page.getByRole('row', { name: /Zeile 2/ })).toContainText('OK – wird als Entwurf angelegt')
  await expectNoAxeViolations(page)

  await page.goto('/employer/listings')
  await expect(page.getByText(tag)).toHaveCount(0)

  await openImport(page)
  await page.getByLabel('Datei (CSV oder JSON)').setInputFiles(file(csv(tag, false)))
  await page.getByRole('button', { name: 'Prüfen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Alle 3 Zeilen sind in Ordnung.' })).toBeVisible()
  // The checked content stays in the text field: "Importieren" sends it again without choosing the file.
  await page.getByRole('button', { name: 'Importieren' }).click()
  await expect(page).toHaveURL(/\/employer\/listings\?done=imported&count=3$/)
  await expect(page.getByRole('status').filter({ hasText: '3 Angebote importiert.' })).toBeVisible()
  for (const n of [1, 2, 3]) await expect(page.getByRole('link', { name: new RegExp(`${tag}-${n}$`) })).toBeVisible()
  await expectNoAxeViolations(page)
})

// axe needs scripts in the page; the same markup is scanned in the journey above.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the dry run names the bad row and the import works', async ({ page }) => {
    const tag = `N${reference}`
    await signInAs(page, 'employer@example.org')
    await openImport(page)
    await page.getByLabel('Datei (CSV oder JSON)').setInputFiles(file(csv(tag, true)))
    await page.getByRole('button', { name: 'Prüfen' }).click()
    await expect(page.getByRole('alert')).toContainText('Fehler in Zeile 5.')
    await expect(page.getByRole('row', { name: /Zeile 5/ })).toContainText('Diesen Ort kennen wir nicht.')

    await page.getByLabel('Oder Inhalt einfügen').fill(csv(tag, false))
    await page.getByRole('button', { name: 'Importieren' }).click()
    await expect(page).toHaveURL(/\/employer\/listings\?done=imported&count=3$/)
    await expect(page.getByRole('link', { name: new RegExp(`${tag}-2$`) })).toBeVisible()
  })
})
