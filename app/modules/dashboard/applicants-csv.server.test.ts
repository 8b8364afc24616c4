import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { applicationEvents, applications, seekerProfiles } from '../../../db/schema'
import { seedListing } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { readCsv } from '../../../tests/support/csv'
import { NotFound } from '~/utils/errors'
import { createApplication, createCompanyWithListing, createDocument, createSeeker } from '../applications/applications.test-helper'
import { exportApplicantsCsv } from './applicants-csv.server'

const ctx = setupAppDatabase()

let company: Awaited<ReturnType<typeof createCompanyWithListing>>
let other: Awaited<ReturnType<typeof createCompanyWithListing>>
const SECRET_SKILL = 'Geheimfähigkeit Gabelstapler'
const SECRET_NOTE = 'Interne Notiz: klingt gut'
const LONG_LETTER = `Sehr geehrte Damen und Herren,\n\nich bewerbe mich "gern"; ${'sehr motiviert '.repeat(40)}`

beforeAll(async () => {
  company = await createCompanyWithListing(ctx.db)
  other = await createCompanyWithListing(ctx.db, { name: 'Brocken Bau GmbH' })
  const anna = await createSeeker(ctx.db, { name: 'Anna Müller', email: 'anna@example.org' })
  const evil = await createSeeker(ctx.db, { name: '=HYPERLINK("http://evil.example","Lebenslauf")', email: 'evil@example.org' })
  const elsewhere = await createSeeker(ctx.db, { name: 'Bewirbt Anderswo', email: 'elsewhere@example.org' })
  await ctx.db.insert(seekerProfiles).values({ userId: anna.id, skills: [SECRET_SKILL], isFindable: true })
  // A document Anna keeps for herself: it is not part of the application and must not be counted.
  await createDocument(ctx.db, anna.id, 'Privat.pdf')
  const first = await createApplication(ctx.db, { listingId: company.listing.id, seekerId: anna.id })
  await ctx.db.update(applications).set({ coverLetter: LONG_LETTER, createdAt: new Date('2026-03-02T08:15:00Z') }).where(eq(applications.id, first.applicationId))
  await ctx.db.insert(applicationEvents).values({ applicationId: first.applicationId, actorId: company.owner.id, kind: 'note', fromSide: 'company', text: SECRET_NOTE })
  await ctx.db
    .insert(applications)
    .values({ listingId: company.listing.id, seekerId: evil.id, status: 'in_review', coverLetter: '@SUM(1+1)', createdAt: new Date('2026-03-03T10:00:00Z') })
  // An erased account leaves an anonymous, withdrawn record.
  await ctx.db
    .insert(applications)
    .values({ listingId: company.listing.id, seekerId: null, status: 'withdrawn', createdAt: new Date('2026-03-04T10:00:00Z') })
  await ctx.db.insert(applications).values({ listingId: other.listing.id, seekerId: elsewhere.id })
})

describe('exportApplicantsCsv', () => {
  it('writes one row per application with only what the applicant shared', async () => {
    const { body, fileName } = await exportApplicantsCsv({ organizationId: company.company.id, listingId: company.listing.id }, 'de')
    expect(fileName).toBe(`bewerbungen-angebot-${company.listing.id}.csv`)
    expect(body.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = readCsv(body.slice(1))
    expect(header).toEqual(['Name', 'E-Mail', 'Status', 'Beworben am', 'Letzte Änderung', 'Unterlagen (Anzahl)', 'Anschreiben (Anfang)'])
    expect(rows).toHaveLength(3)
    expect(rows[0].slice(0, 4)).toEqual(['Anna Müller', 'anna@example.org', 'Eingegangen', '2026-03-02 09:15'])
    expect(rows[0][5]).toBe('1')
    expect(rows[0][6].startsWith('Sehr geehrte Damen und Herren, ich bewerbe mich "gern"; sehr motiviert')).toBe(true)
    expect(rows[0][6].length).toBeLessThanOrEqual(200)
    expect(rows[2].slice(0, 3)).toEqual(['Gelöschtes Konto', '', 'Zurückgezogen'])
    expect(rows.every((r) => r.length === header.length)).toBe(true)
    for (const hidden of [SECRET_SKILL, SECRET_NOTE, 'Privat.pdf', 'elsewhere@example.org', 'Bewirbt Anderswo']) expect(body).not.toContain(hidden)
  })

  it('never starts a cell with a formula character', async () => {
    const { body } = await exportApplicantsCsv({ organizationId: company.company.id, listingId: company.listing.id }, 'en')
    const [header, ...rows] = readCsv(body.slice(1))
    expect(header[0]).toBe('Name')
    expect(rows[1][0]).toBe(`'=HYPERLINK("http://evil.example","Lebenslauf")`)
    expect(rows[1][6]).toBe("'@SUM(1+1)")
    expect(rows[1][2]).toBe('In review')
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('refuses another company’s listing and a missing one alike', async () => {
    await expect(exportApplicantsCsv({ organizationId: other.company.id, listingId: company.listing.id }, 'de')).rejects.toBeInstanceOf(NotFound)
    await expect(exportApplicantsCsv({ organizationId: company.company.id, listingId: 2_147_483_000 }, 'de')).rejects.toBeInstanceOf(NotFound)
  })

  it('gives a listing without applications just the header', async () => {
    const empty = await seedListing(ctx.db, { organizationId: company.company.id })
    const { body } = await exportApplicantsCsv({ organizationId: company.company.id, listingId: empty.id }, 'de')
    expect(readCsv(body.slice(1))).toHaveLength(1)
    expect(body).not.toContain('anna@example.org')
  })
})
