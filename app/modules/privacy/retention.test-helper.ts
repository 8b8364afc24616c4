import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Database } from '../../../db/client'
import {
  applicationDocuments,
  applicationEvents,
  applications,
  auditLog,
  contentReports,
  counsellingConsents,
  counsellingNotes,
  documents,
  emailTokens,
  moderationDecisions,
  organizationMembers,
  outboundEmails,
  rateLimits,
  sessions,
} from '../../../db/schema'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { storeUpload } from '../uploads/storage.server'

/** Marks the personal data of items that must be gone after the run; KEEP marks data that must stay. */
export const GONE = 'XGONE'
export const KEEP = 'XKEEP'

type Seed = Parameters<typeof seedUser>[1]

export async function createPerson(db: Database, marker: string, overrides: Seed = {}) {
  return seedUser(db, { name: `${marker} Person`, email: `${marker.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.org`, ...overrides })
}

/** A CV whose stored bytes carry the marker, so the scan of the uploads directory can find it. */
export async function createMarkedDocument(db: Database, userId: string, marker: string) {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% ${marker} Lebenslauf\n%%EOF\n`)
  const storageKey = await storeUpload(bytes, 'pdf')
  const [row] = await db
    .insert(documents)
    .values({ userId, kind: 'cv', originalName: `${marker}-cv.pdf`, contentType: 'application/pdf', sizeBytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), storageKey })
    .returning()
  return row
}

/** An application with a cover letter, a message, an internal note and a document, last changed at `endedAt`. */
export async function createEndedApplication(
  db: Database,
  opts: { listingId: number; seekerId: string; documentId: string; marker: string; status: 'rejected' | 'withdrawn' | 'hired'; endedAt: Date },
) {
  const [app] = await db
    .insert(applications)
    .values({ listingId: opts.listingId, seekerId: opts.seekerId, status: opts.status, coverLetter: `${opts.marker} cover letter`, createdAt: opts.endedAt, updatedAt: opts.endedAt })
    .returning()
  await db.insert(applicationDocuments).values({ applicationId: app.id, documentId: opts.documentId })
  await db.insert(applicationEvents).values([
    { applicationId: app.id, at: opts.endedAt, actorId: opts.seekerId, kind: 'status', fromSide: 'seeker', toStatus: 'received' },
    { applicationId: app.id, at: opts.endedAt, actorId: opts.seekerId, kind: 'message', fromSide: 'seeker', text: `${opts.marker} message` },
    { applicationId: app.id, at: opts.endedAt, kind: 'note', fromSide: 'company', text: `${opts.marker} note` },
    { applicationId: app.id, at: opts.endedAt, kind: 'status', fromSide: 'company', fromStatus: 'received', toStatus: opts.status, text: `${opts.marker} decision` },
  ])
  return app
}

export async function createCounsellingCase(db: Database, opts: { chamberId: string; seekerId: string; grantedAt: Date; noteAt: Date; marker: string }) {
  await db.insert(counsellingConsents).values({ seekerId: opts.seekerId, chamberId: opts.chamberId, grantedAt: opts.grantedAt })
  await db.insert(counsellingNotes).values({ seekerId: opts.seekerId, chamberId: opts.chamberId, text: `${opts.marker} counselling note`, createdAt: opts.noteAt })
}

export const insertMail = (db: Database, opts: { to: string; marker: string; at: Date }) =>
  db.insert(outboundEmails).values({ toAddress: opts.to, template: 'search-alert', subject: `${opts.marker} subject`, textBody: `${opts.marker} body`, htmlBody: `<p>${opts.marker} body</p>`, createdAt: opts.at, sentAt: opts.at })

export async function insertAccessRows(db: Database, marker: string, at: { sessionExpires: Date; tokenExpires: Date; tokenUsed: Date | null; windowStart: Date }, userId: string) {
  await db.insert(sessions).values({ id: `${marker}-session`, userId, expiresAt: at.sessionExpires })
  await db.insert(emailTokens).values({ id: `${marker}-token`, purpose: 'reset-password', userId, email: `${marker.toLowerCase()}-token@example.org`, expiresAt: at.tokenExpires, usedAt: at.tokenUsed })
  await db.insert(rateLimits).values({ key: `signin:ip:${marker}-203.0.113.7`, windowStart: at.windowStart, hits: 3 })
}

export const insertAudit = (db: Database, marker: string, at: Date) =>
  db.insert(auditLog).values({ at, action: 'user.signed-in', targetType: 'user', targetId: `${marker}-audit` })

/** A company whose only member is `ownerId`, with a stored logo carrying the marker. */
export async function createOwnedCompany(db: Database, ownerId: string, marker: string) {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode(`${marker} logo`)])
  const logoKey = await storeUpload(png, 'png')
  const company = await seedOrganization(db, { name: `${marker} Betrieb`, logoKey })
  await db.insert(organizationMembers).values({ organizationId: company.id, userId: ownerId, role: 'owner' })
  return company
}

export async function createCompany(db: Database) {
  const company = await seedOrganization(db)
  const chamber = await seedOrganization(db, { kind: 'chamber' })
  return { company, chamber }
}

export const createClosedListing = (db: Database, organizationId: string, opts: { status: 'closed' | 'expired'; endedAt: Date; contactName: string }) =>
  seedListing(db, {
    organizationId,
    status: opts.status,
    contactName: opts.contactName,
    publishedAt: new Date(opts.endedAt.getTime() - 30 * 86_400_000),
    expiresAt: opts.endedAt,
    updatedAt: opts.endedAt,
  })

/** Files in the uploads directory whose bytes hold `needle`. */
export async function findInUploads(dir: string, needle: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const hits = await Promise.all(names.map(async (name) => ((await readFile(join(dir, name), 'latin1')).includes(needle) ? name : null)))
  return hits.filter((n): n is string => n !== null)
}

/** A report whose reporter left name and e-mail, decided (dismissed) at `decidedAt`. */
export async function createDecidedReport(db: Database, organizationId: string, marker: string, decidedAt: Date) {
  const [decision] = await db
    .insert(moderationDecisions)
    .values({ organizationId, action: 'dismiss', rule: 'none', statement: 'Kein Verstoß festgestellt.', firstReportedAt: decidedAt, decidedAt })
    .returning({ id: moderationDecisions.id })
  await db.insert(contentReports).values({
    reason: 'other',
    explanation: 'Die Anzeige wirkt unvollständig.',
    organizationId,
    snapshot: { kind: 'company', title: 'Betrieb', text: 'Beschreibung', companyName: 'Betrieb', url: '/companies/betrieb' },
    reporterName: `${marker} Melderin`,
    reporterEmail: `${marker.toLowerCase()}-reporter@example.org`,
    decisionId: decision.id,
    createdAt: decidedAt,
  })
}
