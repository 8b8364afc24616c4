import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, expectNoWcag22Violations, test } from './support/fixtures'
import { signInAs } from './support/session'

const CHAMBER = 'Handwerkskammer Harz-Brocken (Demo)'
const BADGE = `Mitgliedsbetrieb der ${CHAMBER}`

/** The demo employer's company, from the heading of its membership page ("Kammer-Mitgliedschaft – …"). */
async function companyName(page: Page): Promise<string> {
  const heading = await page.getByRole('heading', { level: 1 }).innerText()
  return heading.replace(/^Kammer-Mitgliedschaft\s*–\s*/, '').trim()
}

const chamberRow = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: CHAMBER }) })

/** The second step of a verification or revocation: the button opens the question with the final submit. */
const decisionStep = (scope: Page | Locator, label: string) => scope.locator('summary').filter({ hasText: label })

/**
 * The seed leaves a request of the demo employer's company waiting at the Handwerkskammer, without a
 * register entry: the company withdraws it and asks again with one. A rerun on the same server finds
 * it decided: the chamber revokes it (confirming the step) and the company asks again.
 */
async function ensurePendingRequest(page: Page, company: string) {
  const status = (await chamberRow(page).count()) ? await chamberRow(page).getByRole('cell').nth(1).innerText() : ''
  if (status === 'angefragt') {
    await chamberRow(page).getByRole('button', { name: `Anfrage zurückziehen – ${CHAMBER}` }).click()
    await expect(page.getByRole('status')).toContainText('zurückgezogen')
  }
  if (status === 'bestätigt') {
    await signInAs(page, 'chamber@example.org')
    await page.goto('/chamber/members')
    await decisionStep(page, `Widerrufen – ${company}`).click()
    await page.getByRole('button', { name: `Ja, widerrufen – ${company}` }).click()
    await expect(page.getByRole('status')).toContainText('widerrufen')
    await signInAs(page, 'employer@example.org')
    await page.goto('/employer/membership')
  }
  await page.getByLabel('Kammer').selectOption({ label: CHAMBER })
  await page.getByLabel('Mitgliedsnummer').fill('HWK-4711')
  await page.getByLabel('Registereintrag').fill('Handwerksrolle Nr. 4711')
  await page.getByRole('button', { name: 'Bestätigung anfragen' }).click()
  await expect(page.getByRole('status')).toContainText('Ihre Anfrage ist bei der Kammer')
}

test('a chamber confirms a member and features its listing; visitors see the badge and the featured block', async ({ page }) => {
  test.setTimeout(180_000)

  await signInAs(page, 'employer@example.org')
  await page.goto('/employer/membership')
  await expectNoWcag22Violations(page)
  const company = await companyName(page)
  await ensurePendingRequest(page, company)
  await expect(chamberRow(page)).toContainText('angefragt')

  await signInAs(page, 'chamber@example.org')
  await page.goto('/chamber/members')
  await expectNoAxeViolations(page)
  const pending = page.getByRole('region', { name: 'Offene Anfragen' })
  // The request shows what the chamber checks before it confirms.
  const request = pending.getByRole('article', { name: company })
  const fact = (term: string) => request.locator('div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd')
  await expect(fact('Mitgliedsnummer')).toHaveText('HWK-4711')
  await expect(fact('Registereintrag')).toHaveText('Handwerksrolle Nr. 4711')
  await expect(fact('Branche')).not.toBeEmpty()
  await expect(fact('Sitz')).toContainText(/\d{5} /)
  await expect(fact('Angefragt')).toHaveText(/^am .+ von .+/)
  // Verifying takes a second step, whose submit alone carries the confirmation.
  await expect(page.getByRole('button', { name: `Ja, Mitgliedschaft bestätigen – ${company}` })).toBeHidden()
  await decisionStep(request, `Bestätigen – ${company}`).click()
  await expect(request).toContainText(`Ist ${company} Mitglied Ihrer Kammer mit der Nummer HWK-4711?`)
  await expectNoWcag22Violations(page)
  await page.getByRole('button', { name: `Ja, Mitgliedschaft bestätigen – ${company}` }).click()
  await expect(page.getByRole('status')).toContainText('Die Mitgliedschaft ist bestätigt')
  const verified = page.getByRole('region', { name: 'Bestätigte Mitgliedsbetriebe' })
  await expect(verified.getByRole('link', { name: company })).toBeVisible()
  await expect(pending.getByRole('link', { name: company })).toHaveCount(0)
  // Revoking asks too: the first click only opens the question.
  await decisionStep(verified, `Widerrufen – ${company}`).click()
  await expect(verified).toContainText(`Die Mitgliedschaft von ${company} (Nummer HWK-4711) widerrufen?`)
  await expect(verified.getByRole('button', { name: `Ja, widerrufen – ${company}` })).toBeVisible()
  await expectNoWcag22Violations(page)
  await page.reload()
  await expect(verified.getByRole('link', { name: company })).toBeVisible()
  const companyPath = (await verified.getByRole('link', { name: company }).getAttribute('href'))!

  await page.goto('/chamber/promotions')
  await expectNoAxeViolations(page)
  const option = page.locator(`optgroup[label="${company}"] option`).first()
  const listingTitle = (await option.innerText()).trim()
  await page.getByLabel('Stelle', { exact: true }).selectOption(await option.getAttribute('value'))
  await page.getByRole('button', { name: 'Hervorheben' }).click()
  await expect(page.getByRole('status')).toContainText('Die Stelle ist hervorgehoben')
  await expect(page.getByRole('region', { name: 'Laufende und geplante Hervorhebungen' }).getByRole('link', { name: listingTitle }).first()).toBeVisible()
  await expectNoAxeViolations(page)

  // A visitor: the verification and the promotion reach search through the outbox (sync every second).
  await page.context().clearCookies()
  const search = `/jobs?${new URLSearchParams({ verified: '1', q: company })}`
  // They are two syncs: the badge alone may arrive first, so wait for the featured card with its badge.
  const companyCards = page.locator('.listing-card').filter({ hasText: company })
  const featuredCard = companyCards.filter({ has: page.getByRole('link', { name: listingTitle }) }).filter({ hasText: 'hervorgehoben' })
  await expect
    .poll(
      async () => {
        await page.goto(search)
        return featuredCard.filter({ hasText: BADGE }).count()
      },
      { timeout: 15_000, intervals: [500] },
    )
    .toBeGreaterThan(0)
  await expect(featuredCard.first()).toBeVisible()
  await expectNoAxeViolations(page)

  await page.goto('/')
  const block = page.getByRole('region', { name: 'Hervorgehoben' })
  await expect(block.getByRole('link', { name: listingTitle }).first()).toBeVisible()
  await expect(block).toContainText(`Empfohlen von: ${CHAMBER}`)
  await expectNoAxeViolations(page)

  await block.getByRole('link', { name: listingTitle }).first().click()
  await expect(page.getByRole('complementary').getByText(BADGE)).toBeVisible()

  await page.goto(companyPath)
  await expect(page.getByText(BADGE)).toBeVisible()
  await expectNoAxeViolations(page)
})

async function searchCompanies(page: Page) {
  await signInAs(page, 'chamber@example.org')
  await page.goto('/chamber/members')
  await page.getByLabel('Name des Betriebs').fill('Demo')
  await page.getByRole('button', { name: 'Betrieb suchen' }).click()
  await expect(page).toHaveURL(/q=Demo/)
  await expect(page.getByRole('heading', { name: 'Gefundene Betriebe' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Als Mitglied eintragen' }).first()).toBeVisible()
}

test('chamber staff find companies by name to enter them directly', async ({ page }) => {
  await searchCompanies(page)
  await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('staff enter a found company as member with plain HTML forms', async ({ page }) => {
    await searchCompanies(page)
    const found = page.locator('.membership-results fieldset').first()
    const company = (await found.locator('legend').innerText()).split(' · ')[0]
    await found.getByLabel('Mitgliedsnummer').fill('HWK-9001')
    await found.getByRole('button', { name: 'Als Mitglied eintragen' }).click()
    await expect(page.getByRole('status')).toContainText('Der Betrieb ist als Mitglied eingetragen')
    await expect(page.getByRole('region', { name: 'Bestätigte Mitgliedsbetriebe' }).getByRole('link', { name: company })).toBeVisible()
  })
})
