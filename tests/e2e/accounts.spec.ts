import { expect, expectNoAxeViolations, test } from './support/fixtures'
import { openMailedLink, uniqueEmail } from './support/mail'

const TEXT = {
  de: {
    switchTo: null,
    register: 'Konto anlegen',
    name: 'Ihr Name',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    newPassword: 'Neues Passwort',
    almostDone: 'Fast geschafft',
    verified: 'Ihre E-Mail-Adresse ist bestätigt.',
    signOut: 'Abmelden',
    signIn: 'Anmelden',
    requestLink: 'Link anfordern',
    linkSent: 'ist ein Link unterwegs',
    savePassword: 'Passwort speichern',
    resetDone: 'Ihr Passwort ist geändert.',
    account: 'Mein Konto',
    everywhere: 'Überall abmelden',
  },
  en: {
    switchTo: 'English',
    register: 'Create account',
    name: 'Your name',
    email: 'E-mail address',
    password: 'Password',
    newPassword: 'New password',
    almostDone: 'Almost done',
    verified: 'Your e-mail address is confirmed.',
    signOut: 'Sign out',
    signIn: 'Sign in',
    requestLink: 'Request link',
    linkSent: 'a link is on its way',
    savePassword: 'Save password',
    resetDone: 'Your password has been changed.',
    account: 'My account',
    everywhere: 'Sign out everywhere',
  },
}

for (const lang of ['de', 'en'] as const) {
  const t = TEXT[lang]
  test(`a person registers, verifies, signs out and in, resets the password and signs out everywhere (${lang})`, async ({ page }) => {
    const email = uniqueEmail(`journey-${lang}`)
    await page.goto('/')
    if (t.switchTo) {
      await page.getByRole('button', { name: t.switchTo }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    }
    await page.getByRole('link', { name: lang === 'de' ? 'Registrieren' : 'Register' }).click()
    await expectNoAxeViolations(page)
    await page.getByLabel(t.name).fill('Mara Musterfrau')
    await page.getByLabel(t.email).fill(email)
    await page.getByLabel(t.password, { exact: true }).fill('Wanderung zum Brocken 2026')
    await page.getByRole('button', { name: t.register }).click()
    await expect(page.getByText(t.almostDone)).toBeVisible()

    await openMailedLink(page, email, '/verify-email')
    await expect(page.getByText(t.verified)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: t.signOut }).click()
    await page.getByRole('link', { name: t.signIn, exact: true }).click()
    await expectNoAxeViolations(page)
    await page.getByLabel(t.email).fill(email)
    await page.getByLabel(t.password).fill('Wanderung zum Brocken 2026')
    await page.getByRole('button', { name: t.signIn }).click()
    await expect(page).toHaveURL(/\/me$/)
    expect(await page.evaluate(() => document.cookie), 'cookies are HttpOnly').toBe('')

    await page.getByRole('button', { name: t.signOut }).click()
    await page.goto('/reset-password')
    await expectNoAxeViolations(page)
    await page.getByLabel(t.email).fill(email)
    await page.getByRole('button', { name: t.requestLink }).click()
    await expect(page.getByText(t.linkSent)).toBeVisible()
    await openMailedLink(page, email, '/reset-password')
    await page.getByLabel(t.newPassword).fill('Neuer Weg über den Hexenstieg')
    await page.getByRole('button', { name: t.savePassword }).click()
    await expect(page.getByText(t.resetDone)).toBeVisible()
    await page.getByLabel(t.email).fill(email)
    await page.getByLabel(t.password).fill('Neuer Weg über den Hexenstieg')
    await page.getByRole('button', { name: t.signIn }).click()
    await expect(page).toHaveURL(/\/me$/)

    await page.getByRole('banner').getByRole('link', { name: t.account }).click()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: t.everywhere }).click()
    await expect(page.getByRole('link', { name: t.signIn, exact: true })).toBeVisible()
    await page.goto('/me')
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fme/)
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

test('bad input gets field errors in German and keeps what was typed, except the password', async ({ page }) => {
  await page.goto('/register')
  await page.getByLabel('Ihr Name').fill('Paul Probe')
  await page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen')
  await page.getByLabel('Passwort', { exact: true }).fill('kurz')
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Konto anlegen' }).click(),
  ])
  expect(response.status()).toBe(400)
  await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein.')).toBeVisible()
  await expect(page.getByText('Das Passwort muss mindestens 10 Zeichen lang sein.')).toBeVisible()
  await expect(page.getByLabel('Ihr Name')).toHaveValue('Paul Probe')
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue('kein-at-zeichen')
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveValue('')
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true')
})
})

test('field errors are announced with their fields and pass axe (with JavaScript)', async ({ page }) => {
  await page.goto('/register')
  await page.getByRole('button', { name: 'Konto anlegen' }).click()
  await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible()
  const email = page.getByLabel('E-Mail-Adresse')
  const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ')
  await expect(page.locator(`[id="${describedBy.at(-1)}"]`)).toHaveText('Bitte füllen Sie dieses Feld aus.')
  await expectNoAxeViolations(page)
})

test('an expired or reused link says so', async ({ page }) => {
  await page.goto('/reset-password?token=abcdefghijklmnopqrstuvwxyz234567')
  await expect(page.getByText('Dieser Link ist abgelaufen oder wurde schon benutzt.')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a cross-site POST is refused and every answer carries the security headers', async ({ request }) => {
  const crossSite = await request.post('/logout', { headers: { Origin: 'https://evil.example' }, maxRedirects: 0 })
  expect(crossSite.status()).toBe(403)
  const page = await request.get('/')
  const headers = page.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).not.toContain("'unsafe-inline'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
})
