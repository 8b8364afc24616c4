import { readFile } from 'node:fs/promises'
import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { signInAs } from './support/session'

const DAY = 86_400_000
// A number no demo event contains, so the new event is the only match.
const MARK = String(7_000_000_000 + Math.floor(Math.random() * 999_999_999))
const TITLE = `Ausbildungsbörse Holz und Metall ${MARK}`

/** A datetime-local value in German time, `days` from now. */
function germanLocal(days: number, time: string) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * DAY))
  return `${day}T${time}`
}

test('chamber staff announce an event; a visitor finds it, opens it, takes the calendar file and visits the chamber', async ({ page }) => {
  test.setTimeout(90_000)
  await signInAs(page, 'chamber@example.org')
  await page.goto('/chamber/events')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Handwerkskammer Harz-Brocken (Demo)')
  await expectNoAxeViolations(page)

  // Nothing filled in: each field says what is missing, and nothing is saved.
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click()
  await expect(page.getByText('Bitte wählen Sie die Art der Veranstaltung.')).toBeVisible()
  await expect(page.getByText('Bitte geben Sie den Ort an, z. B. „38640 Goslar“.')).toBeVisible()
  await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  await page.getByLabel('Art').selectOption({ label: 'Ausbildungs- und Jobmesse' })
  await page.getByLabel('Titel').fill(TITLE)
  await page.getByLabel('Beschreibung').fill('Betriebe aus dem Harz stellen **Ausbildungsberufe** vor.\n\n- Werkstücke selbst bauen\n- Bewerbungsfotos')
  await page.getByLabel('Ort', { exact: true }).fill('38855 Wernigerode')
  await page.getByLabel('Veranstaltungsort').fill('Rathaus, Marktplatz 1')
  await page.getByLabel('Beginn').fill(germanLocal(12, '10:00'))
  await page.getByLabel('Ende').fill(germanLocal(12, '15:30'))
  await page.getByLabel('Link zu weiteren Informationen').fill('https://hwk-harz-brocken.example/boerse')
  await page.getByRole('button', { name: 'Veranstaltung anlegen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Die Veranstaltung ist angelegt.' })).toBeVisible()
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible()
  await expect(page.getByLabel('Titel')).toHaveValue('')
  await expectNoAxeViolations(page)

  // A visitor without an account.
  await page.context().clearCookies()
  await page.goto('/events')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: TITLE, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.locator('.rich-text strong')).toHaveText('Ausbildungsberufe')
  await expect(page.getByText('Rathaus, Marktplatz 1, 38855 Wernigerode')).toBeVisible()
  await expect(page.getByText(/10:00–15:30 Uhr/)).toBeVisible()
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(ld).toMatchObject({
    '@type': 'Event',
    name: TITLE,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { address: { postalCode: '38855', addressLocality: 'Wernigerode', addressCountry: 'DE' } },
    organizer: { '@type': 'Organization', name: 'Handwerkskammer Harz-Brocken (Demo)' },
  })
  expect(ld.startDate).toMatch(/T10:00:00\+0[12]:00$/)
  await expectNoAxeViolations(page)

  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`ausbildungsboerse-holz-und-metall-${MARK}.ics`)
  const ics = await readFile((await file.path())!, 'utf8')
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(ics).toContain(`SUMMARY:${TITLE}\r\n`)
  expect(ics).toContain('LOCATION:Rathaus\\, Marktplatz 1\\, 38855 Wernigerode\r\n')
  expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/)
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)

  await page.getByRole('link', { name: 'Handwerkskammer Harz-Brocken (Demo)' }).click()
  await expect(page).toHaveURL(/\/chambers\/demo-hwk-harz-brocken$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handwerkskammer Harz-Brocken (Demo)')
  await expect(page.getByRole('heading', { name: 'Lehrstellen-Aktion Sommer' })).toBeVisible()
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the chamber list leads to every chamber page, and a past demo event is not listed', async ({ page }) => {
  await page.goto('/chambers')
  await expectNoAxeViolations(page)
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6)
  await page.getByRole('link', { name: 'Kreishandwerkerschaft Goslar-Oberharz (Demo)' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kreishandwerkerschaft Goslar-Oberharz (Demo)')
  await expect(page.getByText('Landkreis Goslar').first()).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/events')
  await expect(page.getByRole('link', { name: 'Ausbildungsbörse Handwerk Wernigerode' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Frühjahrs-Ausbildungsbörse Blankenburg' })).toHaveCount(0)

  // In English, times read as English dates, still in German time.
  await page.goto('/events?lang=en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events in the Harz')
  const card = page.locator('.event-card').filter({ hasText: 'Ausbildungsbörse Handwerk Wernigerode' })
  await expect(card.locator('time')).toHaveText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} \w+ \d{4}, 09:00–15:00$/)
  await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the event list filters by district and kind, and an event page opens', async ({ page }) => {
    await page.goto('/events')
    await page.getByLabel('Landkreis').selectOption({ label: 'Landkreis Goslar' })
    await page.getByLabel('Art der Veranstaltung').selectOption({ label: 'Ausbildungs- und Jobmesse' })
    await page.getByRole('button', { name: 'Anzeigen' }).click()
    await expect(page).toHaveURL(/kind=job_fair&district=03153/)
    const titles = page.locator('.event-card__title')
    await expect(titles).toHaveText(['Handwerksmesse Goslar: Ausbildung zum Anfassen'])
    await titles.getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handwerksmesse Goslar: Ausbildung zum Anfassen')
    await expect(page.getByRole('link', { name: 'In den Kalender eintragen (.ics)' })).toHaveAttribute('href', /^\/events\/[0-9a-f-]{36}\.ics$/)
    await expect(page.getByRole('link', { name: 'Kreishandwerkerschaft Goslar-Oberharz (Demo)' })).toBeVisible()
  })
})
