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

test('the same errors read in English, and an over-long name is refused by the server', async ({ page }) => {
  // The field's maxlength stops a browser; the server must refuse what other clients send.
  const tooLong = await page.request.post('/register?lang=en', { form: { kind: 'seeker', name: 'x'.repeat(101), email: 'long@example.org', password: 'Ein langes Passwort 2026' } })
  expect(tooLong.status()).toBe(400)
  expect(await tooLong.text()).toContain('This text is too long.')
  await page.goto('/register?lang=en')
  await page.getByLabel('Your name').fill('Paul Probe')
  await page.getByLabel('E-mail address').fill('someone@example')
  await page.getByLabel('Password', { exact: true }).fill('password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('Please enter a valid e-mail address.')).toBeVisible()
  await expect(page.getByText('The password must be at least 10 characters long.')).toBeVisible()
  await expect(page.getByLabel('E-mail address')).toHaveValue('someone@example')
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
  for (const path of ['/', '/jobs', '/login', '/api/v1/listings', '/healthz', '/favicon.svg', '/gibt-es-nicht']) {
    const headers = (await request.get(path)).headers()
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy'], path).not.toContain("'unsafe-inline'")
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
  }
})
