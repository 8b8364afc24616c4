import type { AppLoadContext } from '@remix-run/node'
import { desc, eq } from 'drizzle-orm'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { pino } from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import { outboundEmails, users } from '../../db/schema'
import { seedUser } from '../../db/seed/users'
import { dictionaryOf } from '../../app/i18n'
import { getEnv } from '../../app/utils/env.server'
import { registerUser, requestPasswordReset } from '../../app/modules/auth/account-access.server'
import { createSession, generateSessionToken, validateSessionToken } from '../../app/modules/auth/session.server'
import { languageMiddleware } from '../../server/language'
import { setupAppDatabase } from '../support/app-database'
import { createTestHandler, type Handler } from '../support/remix-app'

const ctx = setupAppDatabase()
let handler: Handler
const PASSWORD = 'Brockenwanderung im Nebel'

beforeAll(async () => {
  handler = await createTestHandler()
})

function contextFor(viewer: AppLoadContext['viewer'] = null): AppLoadContext {
  return { requestId: 'language-test', nonce: 'nonce', logger: pino({ level: 'silent' }), viewer, secureCookies: false, clientIp: '192.0.2.7' }
}

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await handler(new Request(`http://localhost${path}`, { headers }), contextFor())
  return { status: response.status, html: await response.text() }
}

async function lastMailTo(email: string) {
  const [mail] = await ctx.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, email)).orderBy(desc(outboundEmails.id)).limit(1)
  return mail
}

describe('the page language', () => {
  it('follows Accept-Language on a first visit, and Arabic pages read right to left', async () => {
    expect((await page('/impressum', { 'accept-language': 'uk-UA,uk;q=0.9,de;q=0.5' })).html).toMatch(/<html lang="uk" dir="ltr"/)
    expect((await page('/impressum', { 'accept-language': 'fr, ar;q=0.8' })).html).toMatch(/<html lang="ar" dir="rtl"/)
    expect((await page('/impressum', { 'accept-language': 'fr, es' })).html).toMatch(/<html lang="de" dir="ltr"/)
  })

  it('prefers a language named in the address over the cookie, and the cookie over the browser', async () => {
    expect((await page('/impressum?lang=tr', { cookie: 'lang=en', 'accept-language': 'uk' })).html).toMatch(/<html lang="tr"/)
    expect((await page('/impressum', { cookie: 'lang=en', 'accept-language': 'uk' })).html).toMatch(/<html lang="en"/)
    expect((await page('/impressum?lang=xx', { cookie: 'lang=zz', 'accept-language': 'ar' })).html).toMatch(/<html lang="ar"/)
  })

  it('names the language versions of a public page with hreflang and x-default, and none of a form page', async () => {
    const { html } = await page('/impressum')
    const origin = getEnv().APP_ORIGIN.replace(/\/$/, '')
    for (const lang of ['de', 'en', 'uk', 'ar', 'tr']) expect(html).toContain(`<link rel="alternate" hrefLang="${lang}" href="${origin}/impressum?lang=${lang}"/>`)
    expect(html).toContain(`<link rel="alternate" hrefLang="x-default" href="${origin}/impressum"/>`)
    expect((await page('/login')).html).not.toContain('rel="alternate"')
  })

  it('offers every language as a plain form button, each named in itself and marked with its language', async () => {
    const { html } = await page('/impressum?lang=en')
    expect(html).toMatch(/<form method="post" action="\/language"/)
    expect(html).toContain('<button type="submit" name="lang" value="ar" class="lang-switch__option" lang="ar" dir="rtl">العربية</button>')
    expect(html).toContain('<button type="submit" name="lang" value="uk" class="lang-switch__option" lang="uk" dir="ltr">Українська</button>')
    expect(html).toContain('<span class="lang-switch__option" lang="en" dir="ltr" aria-current="true">English</span>')
  })

  it('says on a legal page in another language that the German text is binding', async () => {
    expect((await page('/datenschutz?lang=en')).html).toContain(dictionaryOf('en')['languages.binding'])
    expect((await page('/datenschutz?lang=de')).html).not.toContain(dictionaryOf('de')['languages.binding'])
  })
})

describe('the language switch', () => {
  it('stores the choice in a signed-in account and the cookie, and returns only to our own pages without ?lang', async () => {
    const user = await seedUser(ctx.db, { role: 'seeker', lang: 'de' })
    const token = generateSessionToken()
    await createSession(token, user.id)
    const viewer = await validateSessionToken(token)
    const post = (form: Record<string, string>) =>
      handler(new Request('http://localhost/language', { method: 'POST', body: new URLSearchParams(form) }), contextFor(viewer))

    const switched = await post({ lang: 'uk', redirectTo: '/jobs?q=koch&lang=en' })
    expect(switched.status).toBe(302)
    expect(switched.headers.get('location')).toBe('/jobs?q=koch')
    expect(switched.headers.get('set-cookie')).toMatch(/^lang=uk;/)
    const [stored] = await ctx.db.select({ lang: users.lang }).from(users).where(eq(users.id, user.id))
    expect(stored.lang).toBe('uk')

    expect((await post({ lang: 'ar', redirectTo: '//evil.example/' })).headers.get('location')).toBe('/')
    expect((await post({ lang: 'xx', redirectTo: '/' })).status).toBe(400)
  })
})

describe('the language cookie of a request', () => {
  function run(req: { method?: string; query?: Record<string, string>; cookie?: string }, accountLang?: string) {
    const cookies: string[] = []
    const request = { method: req.method ?? 'GET', query: req.query ?? {}, headers: { cookie: req.cookie } } as unknown as ExpressRequest
    const response = {
      locals: { viewer: accountLang ? { user: { lang: accountLang } } : null },
      vary: () => response,
      append: (name: string, value: string) => name === 'Set-Cookie' && cookies.push(value),
    } as unknown as ExpressResponse
    let passed = false
    languageMiddleware(false)(request, response, () => (passed = true))
    expect(passed).toBe(true)
    return { cookies, cookieHeader: request.headers.cookie }
  }

  it('keeps a signed-in person in the account’s language, for this request too', () => {
    const { cookies, cookieHeader } = run({ cookie: 'session=abc; lang=en' }, 'ar')
    expect(cookies).toEqual([expect.stringMatching(/^lang=ar;/)])
    expect(cookieHeader).toBe('session=abc; lang=ar')
  })

  it('remembers a language named in the address of a page view, and ignores anything else', () => {
    expect(run({ query: { lang: 'tr' } }).cookies).toEqual([expect.stringMatching(/^lang=tr;/)])
    expect(run({ query: { lang: 'tr' }, cookie: 'lang=tr' }).cookies).toEqual([])
    expect(run({ query: { lang: 'xx' } }).cookies).toEqual([])
    expect(run({ method: 'POST', query: { lang: 'tr' } }).cookies).toEqual([])
  })
})

describe('mails follow the recipient’s language', () => {
  it('sends a person registering in Ukrainian the Ukrainian confirmation mail', async () => {
    await registerUser({ kind: 'seeker', name: 'Олена Коваль', email: 'olena@example.org', password: PASSWORD, lang: 'uk', ip: '192.0.2.10' })
    const [stored] = await ctx.db.select({ lang: users.lang }).from(users).where(eq(users.email, 'olena@example.org'))
    expect(stored.lang).toBe('uk')
    const subject = dictionaryOf('uk')['mail.verify-email.subject']
    expect(subject, 'the Ukrainian dictionary has the subject').toBeTruthy()
    expect((await lastMailTo('olena@example.org')).subject).toBe(subject)
  })

  it('writes to a Ukrainian-speaking person in Ukrainian even when the request came from a German page', async () => {
    const user = await seedUser(ctx.db, { role: 'seeker', lang: 'uk', email: 'taras@example.org' })
    await requestPasswordReset({ email: user.email, ip: '192.0.2.11', lang: 'de' })
    const subject = dictionaryOf('uk')['mail.reset-password.subject']
    expect(subject, 'the Ukrainian dictionary has the subject').toBeTruthy()
    expect((await lastMailTo('taras@example.org')).subject).toBe(subject)
  })
})
