import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { DIRECTIONS, LANG_NAMES, translate, type Lang, type MessageKey } from '../../app/i18n'
import { expect, test } from './support/fixtures'
import { openMailedLink, uniqueEmail } from './support/mail'

/** Axe with every rule set the issue names, best practice included. */
async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** The page is in `lang` and reads in its direction. */
async function expectLanguage(page: Page, lang: Lang) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await expect(page.locator('html')).toHaveAttribute('dir', DIRECTIONS[lang])
}

// The browser's own language settings, which it sends as Accept-Language.
const BROWSER_LOCALES: Record<'uk' | 'ar', string> = { uk: 'uk-UA', ar: 'ar-SY' }

for (const lang of ['uk', 'ar'] as const) {
  // Labels come from the language's dictionary, German where a text is not translated yet: the same
  // fallback the site uses, so the journey follows whatever the dictionaries hold.
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params)

  test(`a newcomer reading ${lang} searches, registers, verifies, fills the profile and applies`, async ({ browser }) => {
    // Nine pages, each checked by axe with best practice: minutes on a busy two-core machine.
    test.setTimeout(420_000)
    const context = await browser.newContext({ locale: BROWSER_LOCALES[lang] })
    const page = await context.newPage()
    const email = uniqueEmail(`journey-${lang}`)

    // First visit: the browser's language decides; the public page names its language versions.
    await page.goto('/')
    await expectLanguage(page, lang)
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', /\?lang=/)
    await expectAxeClean(page)

    // Search and open a listing.
    await page.getByLabel(t('home.search.what')).fill('Mechatroniker')
    await page.getByRole('button', { name: t('home.search.submit') }).first().click()
    await expect(page).toHaveURL(/\/jobs\?/)
    await expectLanguage(page, lang)
    await expectAxeClean(page)
    await page.locator('.results .listing-card a[href^="/jobs/"]').first().click()
    await expect(page).toHaveURL(/\/jobs\/\d+/)
    const listingPath = new URL(page.url()).pathname
    await expectLanguage(page, lang)
    await expectAxeClean(page)

    // Register; the account keeps the language, and the confirmation mail is written in it.
    await page.getByRole('link', { name: t('nav.register') }).click()
    await expectLanguage(page, lang)
    await expectAxeClean(page)
    await page.getByLabel(t('auth.name')).fill(lang === 'uk' ? 'Олена Коваль' : 'سارة الأحمد')
    await page.getByLabel(t('auth.email')).fill(email)
    await page.getByLabel(t('auth.password'), { exact: true }).fill('Wanderung zum Brocken 2026')
    await page.getByRole('button', { name: t('auth.register.submit') }).click()
    await expect(page.getByText(t('auth.register.done.title'))).toBeVisible()
    await expectAxeClean(page)

    await page.goto('/dev/mail')
    const mail = page.locator('article.mail').filter({ has: page.getByTestId('mail-to').getByText(email, { exact: true }) })
    await expect(mail.first()).toContainText(t('mail.verify-email.subject'))
    await openMailedLink(page, email, '/verify-email')
    await expect(page.getByText(t('auth.verify.done'))).toBeVisible()
    await expectLanguage(page, lang)
    await expectAxeClean(page)

    // Profile: who they are and where they live.
    await page.goto('/me/profile')
    await expectLanguage(page, lang)
    await expectAxeClean(page)
    await page.getByLabel(t('profile.targetGroup')).selectOption('newly-arrived')
    await page.getByLabel(t('profile.homePlace')).fill('Goslar')
    await page.getByRole('button', { name: t('profile.save') }).click()
    await expect(page.getByRole('status').filter({ hasText: t('form.saved') })).toBeVisible()
    await expectAxeClean(page)

    // Apply to the listing found at the start.
    await page.goto(listingPath)
    await page.getByRole('link', { name: t('applications.apply.button') }).click()
    await expect(page).toHaveURL(/\/apply$/)
    await expectLanguage(page, lang)
    await expectAxeClean(page)
    await page.getByLabel(t('applications.coverLetter')).fill(lang === 'uk' ? 'Я хочу працювати у вашій компанії.' : 'أرغب في العمل لدى شركتكم.')
    await page.getByRole('button', { name: t('applications.apply.submit') }).click()
    await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}\?done=applied$/)
    await expect(page.getByRole('status').filter({ hasText: t('applications.done.applied') })).toBeVisible()
    await expectLanguage(page, lang)
    await expectAxeClean(page)
    await context.close()
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the language menu names every language in itself and switches to Arabic, right to left', async ({ page }) => {
    await page.goto('/impressum')
    await expectLanguage(page, 'de')
    const menu = page.getByRole('list', { name: translate('de', 'lang.switch') })
    for (const lang of ['en', 'uk', 'ar', 'tr'] as const) {
      await expect(menu.getByRole('button', { name: LANG_NAMES[lang] })).toHaveAttribute('lang', lang)
    }
    await menu.getByRole('button', { name: LANG_NAMES.ar }).click()
    await expect(page).toHaveURL(/\/impressum$/)
    await expectLanguage(page, 'ar')
    // The legal text says that the German version is the binding one, and links to it.
    await expect(page.getByText(translate('ar', 'languages.binding'))).toBeVisible()
    await page.getByRole('link', { name: translate('ar', 'languages.bindingLink') }).click()
    await expectLanguage(page, 'de')
  })
})

test('a language named in the address opens the page in it and is kept; a bad one is ignored', async ({ page }) => {
  await page.goto('/jobs?lang=tr')
  await expectLanguage(page, 'tr')
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/jobs$/)
  await page.goto('/')
  await expectLanguage(page, 'tr')
  await page.goto('/?lang=xx')
  await expectLanguage(page, 'tr')
})
