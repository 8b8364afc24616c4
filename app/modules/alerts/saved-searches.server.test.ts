import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { savedSearches, type User } from '../../../db/schema'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { NotFound } from '~/utils/errors'
import { action as searchesAction } from '../../routes/me.searches'
import { MAX_SAVED_SEARCHES } from './alerts.schema'
import {
  deleteSavedSearch,
  describeUnsubscribe,
  listSavedSearches,
  saveSearch,
  unsubscribeWithToken,
  updateSavedSearch,
} from './saved-searches.server'
import { getUnsubscribeKey, signUnsubscribeToken } from './unsubscribe-token.server'

const ctx = setupAppDatabase()
let mara: User
let jonas: User

beforeAll(async () => {
  mara = await seedUser(ctx.db)
  jonas = await seedUser(ctx.db)
})

const rowOf = async (id: string) => (await ctx.db.select().from(savedSearches).where(eq(savedSearches.id, id)))[0]

describe('saving a search', () => {
  it('keeps the /jobs query in one spelling and names it after what was searched', async () => {
    const { id, isNew } = await saveSearch({
      userId: mara.id,
      query: '/jobs?page=3&type=ausbildung&q=Mechatroniker&where=Goslar&benefit=shuttle&size=20&nonsense=1',
      lang: 'de',
    })
    expect(isNew).toBe(true)
    const row = await rowOf(id)
    expect(row.query).toBe('q=Mechatroniker&where=Goslar&radius=25&type=ausbildung&benefit=shuttle')
    expect(row.name).toBe('Mechatroniker · Goslar (+25 km) · Ausbildung + 1 Filter')
    expect(row.frequency).toBe('daily')
  })

  it('names the search in the language the person uses', async () => {
    const { id } = await saveSearch({ userId: mara.id, query: 'type=job&type=praktikum', lang: 'en' })
    expect((await rowOf(id)).name).toBe('Job, Internship')
  })

  it('keeps a name the person gave, and calls an unfiltered search "all offers"', async () => {
    const named = await saveSearch({ userId: jonas.id, query: 'q=Koch', name: 'Küche in Wernigerode', lang: 'de' })
    expect((await rowOf(named.id)).name).toBe('Küche in Wernigerode')
    const all = await saveSearch({ userId: jonas.id, query: '', lang: 'de' })
    expect((await rowOf(all.id)).name).toBe('Alle Angebote')
  })

  it('saves the same search once, however its query is spelled', async () => {
    const first = await saveSearch({ userId: mara.id, query: 'where=Goslar&q=Elektroniker', lang: 'de' })
    const second = await saveSearch({ userId: mara.id, query: '?q=Elektroniker&where=Goslar&radius=25&page=2', lang: 'de' })
    expect(second).toEqual({ id: first.id, isNew: false })
  })

  it(`refuses more than ${MAX_SAVED_SEARCHES} searches per person`, async () => {
    const person = await seedUser(ctx.db)
    for (let i = 0; i < MAX_SAVED_SEARCHES; i++) await saveSearch({ userId: person.id, query: `q=Beruf${i}`, lang: 'de' })
    await expect(saveSearch({ userId: person.id, query: 'q=eins-zu-viel', lang: 'de' })).rejects.toMatchObject({ status: 400, formError: 'alerts.limit' })
    // Saving one they already have is still fine.
    await expect(saveSearch({ userId: person.id, query: 'q=Beruf0', lang: 'de' })).resolves.toMatchObject({ isNew: false })
  })
})

describe('a person’s saved searches', () => {
  it('lists only their own, with a link that runs the search', async () => {
    const own = await listSavedSearches(jonas.id)
    expect(own.map((s) => s.name).sort()).toEqual(['Alle Angebote', 'Küche in Wernigerode'])
    expect(own.find((s) => s.name === 'Küche in Wernigerode')?.href).toBe('/jobs?q=Koch')
    expect(own.find((s) => s.name === 'Alle Angebote')?.href).toBe('/jobs')
  })

  it('renames and changes the frequency of their own search', async () => {
    const { id } = await saveSearch({ userId: mara.id, query: 'q=Tischler', lang: 'de' })
    await updateSavedSearch({ userId: mara.id, id, name: 'Holz', frequency: 'weekly' })
    expect(await rowOf(id)).toMatchObject({ name: 'Holz', frequency: 'weekly' })
  })

  it('answers someone else’s search as missing, and leaves it alone', async () => {
    const { id } = await saveSearch({ userId: mara.id, query: 'q=Maurer', lang: 'de' })
    await expect(updateSavedSearch({ userId: jonas.id, id, name: 'Gekapert', frequency: 'weekly' })).rejects.toBeInstanceOf(NotFound)
    await expect(deleteSavedSearch({ userId: jonas.id, id })).rejects.toBeInstanceOf(NotFound)
    expect(await rowOf(id)).toMatchObject({ name: 'Maurer', frequency: 'daily' })
  })

  it('answers a malformed id as missing rather than failing', async () => {
    await expect(deleteSavedSearch({ userId: mara.id, id: 'not-a-uuid' })).rejects.toBeInstanceOf(NotFound)
  })

  it('deletes their own search', async () => {
    const { id } = await saveSearch({ userId: mara.id, query: 'q=Dachdecker', lang: 'de' })
    await deleteSavedSearch({ userId: mara.id, id })
    expect(await rowOf(id)).toBeUndefined()
  })
})

describe('unsubscribing from the mail', () => {
  it('deletes the search with a valid token, without signing in', async () => {
    const { id } = await saveSearch({ userId: mara.id, query: 'q=Bäcker', lang: 'de' })
    const token = signUnsubscribeToken(id, await getUnsubscribeKey())
    expect(await describeUnsubscribe(id, token)).toEqual({ status: 'confirm', name: 'Bäcker' })
    expect(await unsubscribeWithToken(id, token)).toBe('done')
    expect(await rowOf(id)).toBeUndefined()
    // The second click of an old link says it is already done.
    expect(await unsubscribeWithToken(id, token)).toBe('gone')
    expect(await describeUnsubscribe(id, token)).toEqual({ status: 'gone' })
  })

  it('refuses a tampered token and a token of another search', async () => {
    const { id } = await saveSearch({ userId: mara.id, query: 'q=Friseur', lang: 'de' })
    const other = await saveSearch({ userId: jonas.id, query: 'q=Friseur', lang: 'de' })
    const key = await getUnsubscribeKey()
    const token = signUnsubscribeToken(id, key)
    const tampered = token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))
    expect(await unsubscribeWithToken(id, tampered)).toBe('invalid')
    expect(await unsubscribeWithToken(id, signUnsubscribeToken(other.id, key))).toBe('invalid')
    expect(await describeUnsubscribe(id, tampered)).toEqual({ status: 'invalid' })
    expect(await rowOf(id)).toBeDefined()
  })

  it('keeps the installation’s signing key stable across calls', async () => {
    const first = await getUnsubscribeKey(ctx.db)
    expect(Buffer.from(await getUnsubscribeKey(ctx.db)).equals(Buffer.from(first))).toBe(true)
  })
})

describe('the save form posting to /me/searches', () => {
  const post = (form: Record<string, string>, user: User | null) =>
    searchesAction({
      request: new Request('http://localhost/me/searches', { method: 'POST', body: new URLSearchParams(form) }),
      params: {},
      context: { viewer: user ? { user: { id: user.id, name: user.name, email: user.email, role: user.role, lang: user.lang, isVerified: true } } : null } as never,
    }).catch((thrown: unknown) => thrown)

  it('sends an anonymous visitor to sign in and back to the search', async () => {
    const answer = (await post({ intent: 'save', query: 'where=Goslar&q=Koch' }, null)) as Response
    expect(answer.status).toBe(302)
    expect(answer.headers.get('Location')).toBe(`/login?redirectTo=${encodeURIComponent('/jobs?q=Koch&where=Goslar&radius=25')}`)
  })

  it('saves for a signed-in person and shows the list', async () => {
    const person = await seedUser(ctx.db)
    const answer = (await post({ intent: 'save', query: 'q=Gärtner' }, person)) as Response
    expect(answer.headers.get('Location')).toBe('/me/searches?notice=saved')
    expect((await listSavedSearches(person.id)).map((s) => s.name)).toEqual(['Gärtner'])
  })
})
