import type { AppLoadContext } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { users } from '../../../db/schema'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { action as switchLanguage } from '../../routes/language'

const ctx = setupAppDatabase()

const choose = (lang: string, user?: { id: string; lang: 'de' | 'en' }) =>
  switchLanguage({
    request: new Request('http://localhost/language', { method: 'POST', body: new URLSearchParams({ lang, redirectTo: '/me' }) }),
    params: {},
    context: { viewer: user ? { user } : undefined } as unknown as AppLoadContext,
  })

describe('the interface language', () => {
  it('is remembered on the account, so mails to the person use it', async () => {
    const person = await seedUser(ctx.db, { lang: 'de' })
    const response = await choose('en', { id: person.id, lang: 'de' })
    expect(response.status).toBe(302)
    expect(response.headers.get('Set-Cookie')).toContain('lang=en')
    expect((await ctx.db.select({ lang: users.lang }).from(users).where(eq(users.id, person.id)))[0].lang).toBe('en')
  })

  it('refuses a language it does not have, and changes nothing', async () => {
    const person = await seedUser(ctx.db, { lang: 'de' })
    expect((await choose('fr', { id: person.id, lang: 'de' })).status).toBe(400)
    expect((await ctx.db.select({ lang: users.lang }).from(users).where(eq(users.id, person.id)))[0].lang).toBe('de')
  })
})
