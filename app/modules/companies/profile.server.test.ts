import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { organizations, searchOutbox } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid } from '~/utils/errors'
import { checkWith } from '~/utils/form-check'
import { storeUpload } from '../uploads/storage.server'
import { ProfileForm } from './profile.schema'
import { getCompanyLogo, getCompanyProfile, removeCompanyLogo, setCompanyLogo, updateCompanyProfile } from './profile.server'

const uploads = mkdtempSync(join(tmpdir(), 'passgenau-logos-'))
process.env.UPLOADS_DIR = uploads
afterAll(() => rmSync(uploads, { recursive: true, force: true }))

const ctx = setupAppDatabase()

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const WEBP = new TextEncoder().encode('RIFF\u0024\u0000\u0000\u0000WEBPVP8 ')
const HTML_AS_PNG = new TextEncoder().encode('<html><body onload="alert(1)">logo.png</body></html>')

let company: string

beforeAll(async () => {
  company = (await seedOrganization(ctx.db, { name: 'Altname GmbH' })).id
})

const profileFields = (overrides: Record<string, string> = {}) => ({
  name: 'Altname GmbH',
  sector: 'automotive',
  sizeBand: '50-249',
  description: '## Wer wir sind\n\nZulieferer für Sitzgestelle.',
  place: '38855 Wernigerode',
  website: 'www.altname.example',
  isTrainingCompany: 'on',
  ...overrides,
})
/** The form as the route parses it. */
const profileInput = (overrides: Record<string, string> = {}) => ProfileForm.parse(profileFields(overrides))

async function outbox(entity: 'listing' | 'organization', id: string | number) {
  const [row] = await ctx.db.select({ n: count() }).from(searchOutbox).where(and(eq(searchOutbox.entity, entity), eq(searchOutbox.entityId, String(id))))
  return Number(row.n)
}

describe('company profile', () => {
  it('saves every field, resolving the place and completing the web address', async () => {
    await updateCompanyProfile({ organizationId: company, input: profileInput() })
    expect(await getCompanyProfile(company)).toMatchObject({
      name: 'Altname GmbH',
      sector: 'automotive',
      sizeBand: '50-249',
      place: '38855 Wernigerode',
      website: 'https://www.altname.example',
      isTrainingCompany: true,
    })
  })

  it('queues the company and its listings for search when the name changes, and only then', async () => {
    const listing = await seedListing(ctx.db, { organizationId: company })
    await updateCompanyProfile({ organizationId: company, input: profileInput({ description: 'Nur der Text ist neu.' }) })
    expect(await outbox('organization', company)).toBe(0)
    await updateCompanyProfile({ organizationId: company, input: profileInput({ name: 'Neuname GmbH' }) })
    expect(await outbox('organization', company)).toBe(1)
    expect(await outbox('listing', listing.id)).toBe(2)
  })

  it('refuses an unknown place, a web address that is not http(s), and changes nothing', async () => {
    const before = await getCompanyProfile(company)
    await expect(updateCompanyProfile({ organizationId: company, input: profileInput({ place: '00000 Nirgendwo' }) })).rejects.toMatchObject({
      fieldErrors: { place: 'employer.place.unknown' },
    })
    // The route refuses the web address with the schema, before the module is called.
    expect(checkWith(ProfileForm, profileFields({ website: 'javascript:alert(1)' }))).toMatchObject({
      ok: false,
      errors: { website: 'employer.company.website.invalid' },
    })
    expect(await getCompanyProfile(company)).toEqual(before)
  })
})

describe('company logo', () => {
  it('stores a PNG under a random key and serves it with its type', async () => {
    await setCompanyLogo({ organizationId: company, bytes: PNG })
    const { logoKey } = await getCompanyProfile(company)
    expect(logoKey).toMatch(/^[0-9a-f]{32}$/)
    const logo = await getCompanyLogo(logoKey!)
    expect(logo?.contentType).toBe('image/png')
    expect([...logo!.bytes]).toEqual([...PNG])
  })

  it('replaces the old file when a new logo comes, and removes it with the logo', async () => {
    const { logoKey: old } = await getCompanyProfile(company)
    await setCompanyLogo({ organizationId: company, bytes: WEBP })
    const { logoKey } = await getCompanyProfile(company)
    expect(logoKey).not.toBe(old)
    expect(existsSync(join(uploads, old!))).toBe(false)
    expect((await getCompanyLogo(logoKey!))?.contentType).toBe('image/webp')
    await removeCompanyLogo(company)
    expect((await getCompanyProfile(company)).logoKey).toBeNull()
    expect(existsSync(join(uploads, logoKey!))).toBe(false)
  })

  it.each([
    ['an HTML file renamed to .png', HTML_AS_PNG, 'upload.wrongType'],
    ['an empty file', new Uint8Array(), 'upload.empty'],
    ['no file at all', null, 'upload.empty'],
    ['a PNG over 1 MB', Uint8Array.from({ length: 1024 * 1024 + 1 }, (_, i) => PNG[i] ?? 0), 'upload.tooLarge'],
  ])('refuses %s', async (_name, bytes, problem) => {
    const error = await setCompanyLogo({ organizationId: company, bytes }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Invalid)
    expect((error as Invalid).fieldErrors).toEqual({ logo: problem })
    expect((await getCompanyProfile(company)).logoKey).toBeNull()
  })

  it('serves only keys that are some company’s logo', async () => {
    const stray = await storeUpload(PNG, 'png')
    expect(await getCompanyLogo(stray)).toBeNull()
    expect(await getCompanyLogo('../../etc/passwd')).toBeNull()
    const [other] = await ctx.db.select({ logoKey: organizations.logoKey }).from(organizations).where(eq(organizations.id, company))
    expect(other.logoKey).toBeNull()
  })
})
