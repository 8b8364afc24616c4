import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applicationDocuments, applicationEvents, applications, documents, outboundEmails, type NewListing } from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { storeUpload } from '../uploads/storage.server'

/** A company with an owner (German) and a recruiter (English), and a published listing of it. */
export async function createCompanyWithListing(db: Database, opts: { name?: string; listing?: Partial<NewListing> } = {}) {
  const company = await seedOrganization(db, { name: opts.name ?? 'Harzer Elektro GmbH' })
  const owner = await seedUser(db, { role: 'employer', lang: 'de', memberOf: { organizationId: company.id, role: 'owner' } })
  const recruiter = await seedUser(db, { role: 'employer', lang: 'en', memberOf: { organizationId: company.id, role: 'recruiter' } })
  const listing = await seedListing(db, { organizationId: company.id, title: 'Elektroniker/in (m/w/d)', ...opts.listing })
  return { company, owner, recruiter, listing }
}

export const createSeeker = (db: Database, overrides: Parameters<typeof seedUser>[1] = {}) => seedUser(db, { role: 'seeker', ...overrides })

const PDF = new TextEncoder().encode('%PDF-1.4\n% a tiny test document\n%%EOF\n')

/** A stored PDF of the seeker, as the documents feature would keep it. */
export async function createDocument(db: Database, userId: string, name = 'Lebenslauf.pdf') {
  const storageKey = await storeUpload(PDF, 'pdf')
  const [row] = await db
    .insert(documents)
    .values({
      userId,
      kind: 'cv',
      originalName: name,
      contentType: 'application/pdf',
      sizeBytes: PDF.byteLength,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      storageKey,
    })
    .returning()
  return row
}

export const mailsTo = (db: Database, to: string) => db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, to))

/** An application with an attached CV, inserted directly (no mails), for tests of who may see it. */
export async function createApplication(db: Database, opts: { listingId: number; seekerId: string }) {
  const doc = await createDocument(db, opts.seekerId)
  const [app] = await db.insert(applications).values({ listingId: opts.listingId, seekerId: opts.seekerId }).returning()
  await db.insert(applicationEvents).values({ applicationId: app.id, actorId: opts.seekerId, kind: 'status', fromSide: 'seeker', toStatus: 'received' })
  await db.insert(applicationDocuments).values({ applicationId: app.id, documentId: doc.id })
  return { applicationId: app.id, documentId: doc.id }
}
