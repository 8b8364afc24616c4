import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import {
  auditLog,
  emailTokens,
  listings,
  organizationMembers,
  organizations,
  outboundEmails,
  savedSearches,
  searchOutbox,
  sessions,
  users,
} from '../../../db/schema'
import { Invalid, NotFound } from '~/utils/errors'
import { tellApplicantsCompanyLeft } from '../applications/company-closure.server'
import { eraseApplicationData, exportApplicationData } from '../applications/privacy.server'
import { listMyInvitations } from '../candidates/seeker-invitations.server'
import { exportCounsellingData } from '../counselling/export.server'
import { recordAudit } from '../security/audit.server'
import { deleteStoredFiles, documentKeysOf } from '../seekers/documents.server'
import { exportSeekerData } from '../seekers/seeker-data.server'
import { requireCurrentPassword } from '../auth/account-settings.server'

/** Everything stored about the person, for the GDPR's right of access (Art. 15, 20). */
export async function exportUserData(userId: string) {
  const db = getDb()
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      lang: users.lang,
      emailVerifiedAt: users.emailVerifiedAt,
      lastActiveAt: users.lastActiveAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
  if (!user) throw new NotFound('user')
  const [memberships, activeSessions, links, mails, audit, searches, applications, seeker, invitationList, counselling] = await Promise.all([
    db
      .select({ organization: organizations.name, kind: organizations.kind, role: organizationMembers.role, since: organizationMembers.createdAt })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, userId)),
    db.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId)),
    db
      .select({ purpose: emailTokens.purpose, email: emailTokens.email, createdAt: emailTokens.createdAt, expiresAt: emailTokens.expiresAt, usedAt: emailTokens.usedAt })
      .from(emailTokens)
      .where(eq(emailTokens.userId, userId)),
    db
      .select({ to: outboundEmails.toAddress, subject: outboundEmails.subject, text: outboundEmails.textBody, createdAt: outboundEmails.createdAt, sentAt: outboundEmails.sentAt })
      .from(outboundEmails)
      .where(eq(sql`lower(${outboundEmails.toAddress})`, user.email.toLowerCase())),
    db.select({ at: auditLog.at, action: auditLog.action, meta: auditLog.meta }).from(auditLog).where(eq(auditLog.actorId, userId)),
    db
      .select({ name: savedSearches.name, query: savedSearches.query, frequency: savedSearches.frequency, createdAt: savedSearches.createdAt, lastSentAt: savedSearches.lastSentAt })
      .from(savedSearches)
      .where(eq(savedSearches.userId, userId)),
    exportApplicationData(userId),
    exportSeekerData(userId),
    listMyInvitations(userId),
    exportCounsellingData(userId),
  ])
  return { exportedAt: new Date().toISOString(), user, memberships, sessions: activeSessions, emailLinks: links, emails: mails, activity: audit, savedSearches: searches, applications, invitations: invitationList.invitations, counselling, ...seeker }
}

/**
 * Erases the person at once: the user row and everything hanging on it, mails addressed to them,
 * their applications down to anonymous records, and a company they were the only member of (whose
 * waiting applicants are told). The
 * last owner of a team must hand over first.
 */
export async function deleteAccount(input: { userId: string; currentPassword: string }) {
  await requireCurrentPassword(input.userId, input.currentPassword)
  if (!(await eraseUser(input.userId))) throw new NotFound('user')
}

/**
 * The erasure itself, also run by the retention jobs. `onlyIf` is checked on the locked user row,
 * so a person who signed in (or confirmed the address) a moment ago is not erased by a job that
 * picked them a moment before; two workers erasing one person find the row gone and return false.
 */
export async function eraseUser(userId: string, opts: { onlyIf?: SQL; now?: Date } = {}): Promise<boolean> {
  const db = getDb()
  const now = opts.now ?? new Date()
  // Profile, documents and bookmarks go with the user row (cascade); the stored files (and a deleted company's logo) after commit.
  const storedKeys = await db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), opts.onlyIf))
      .for('update')
    if (!user) return null
    const logoKeys: string[] = []
    const owned = await tx
      .select({ organizationId: organizationMembers.organizationId })
      .from(organizationMembers)
      .where(and(eq(organizationMembers.userId, user.id), eq(organizationMembers.role, 'owner')))
    for (const { organizationId } of owned) {
      const [members] = await tx.select({ n: count() }).from(organizationMembers).where(eq(organizationMembers.organizationId, organizationId))
      const [owners] = await tx
        .select({ n: count() })
        .from(organizationMembers)
        .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, 'owner')))
      if (owners.n === 1 && members.n > 1) throw new Invalid({}, 'auth.delete.lastOwner')
      if (members.n === 1) {
        const gone = await tx.select({ id: listings.id }).from(listings).where(eq(listings.organizationId, organizationId))
        const [company] = await tx
          .select({ logoKey: organizations.logoKey })
          .from(organizations)
          .where(and(eq(organizations.id, organizationId), eq(organizations.kind, 'company')))
        if (company?.logoKey) logoKeys.push(company.logoKey)
        await tellApplicantsCompanyLeft(tx, organizationId)
        if (gone.length) await tx.insert(searchOutbox).values(gone.map((l) => ({ entity: 'listing' as const, entityId: String(l.id) })))
        await tx.delete(organizations).where(and(eq(organizations.id, organizationId), eq(organizations.kind, 'company')))
      }
    }
    // Withdraws open applications (the companies are told) and leaves only anonymous records.
    await eraseApplicationData(tx, user.id, now)
    await tx.delete(outboundEmails).where(eq(sql`lower(${outboundEmails.toAddress})`, user.email.toLowerCase()))
    await tx.delete(emailTokens).where(inArray(sql`lower(${emailTokens.email})`, [user.email.toLowerCase()]))
    const keys = await documentKeysOf(user.id, tx)
    await tx.delete(users).where(eq(users.id, user.id))
    await recordAudit({ actorId: null, action: 'user.deleted', targetType: 'user', targetId: user.id }, tx)
    return [...keys, ...logoKeys]
  })
  if (!storedKeys) return false
  await deleteStoredFiles(storedKeys)
  return true
}
