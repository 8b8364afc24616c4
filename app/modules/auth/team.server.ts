import { and, asc, count, eq, gt, isNull, sql } from 'drizzle-orm'
import { isUniqueViolation } from '~/utils/db-errors'
import { getDb } from '../../../db/client'
import { emailTokens, organizationMembers, organizations, users } from '../../../db/schema'
import type { Lang } from '~/i18n/types'
import { Conflict, Invalid, NotFound } from '~/utils/errors'
import { queueMail } from '../mail/mail.server'
import { recordAudit } from '../security/audit.server'
import { checkPasswordStrength, link } from './account-access.server'
import { consumeEmailToken, createEmailToken } from './email-tokens.server'
import { hashPassword } from './password.server'
import type { MemberRole } from '../../../values/accounts'

export async function listTeam(organizationId: string) {
  const db = getDb()
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(users.name))
  const invitations = await db
    .select({ email: emailTokens.email, role: emailTokens.memberRole, expiresAt: emailTokens.expiresAt })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.organizationId, organizationId),
        eq(emailTokens.purpose, 'invite'),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
  return { members, invitations }
}

export async function inviteMember(input: { organizationId: string; inviterId: string; email: string; role: MemberRole }) {
  const db = getDb()
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email))
  if (existing) throw new Conflict({ email: 'team.invite.alreadyMember' })
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, input.organizationId))
  const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, input.inviterId))
  if (!org || !inviter) throw new NotFound('organization')
  await db.transaction(async (tx) => {
    const token = await createEmailToken(
      { purpose: 'invite', email: input.email, organizationId: input.organizationId, memberRole: input.role },
      tx,
    )
    await queueMail(
      // Mails follow the recipient's language, and an invited person has none yet (an existing account is
      // refused above): German, the platform's language; the invitation page offers every language.
      { to: input.email, template: 'invite', lang: 'de', params: { name: '', inviter: inviter.name, company: org.name, link: link('/invite', token) } },
      tx,
    )
    await recordAudit({ actorId: input.inviterId, action: 'team.invited', targetType: 'organization', targetId: input.organizationId, meta: { role: input.role } }, tx)
  })
}

/** Creates the invited person's account, already verified: the link came to their address. */
export async function acceptInvite(input: { token: string; name: string; password: string; lang: Lang }) {
  checkPasswordStrength(input.password)
  const passwordHash = await hashPassword(input.password)
  try {
    return await getDb().transaction(async (tx) => {
      const invite = await consumeEmailToken(input.token, 'invite', tx)
      const [user] = await tx
        .insert(users)
        .values({ email: invite.email, name: input.name, passwordHash, role: 'employer', lang: input.lang, emailVerifiedAt: new Date() })
        .returning({ id: users.id })
      await tx.insert(organizationMembers).values({ organizationId: invite.organizationId!, userId: user.id, role: invite.memberRole! })
      await recordAudit({ actorId: user.id, action: 'team.joined', targetType: 'organization', targetId: invite.organizationId!, meta: { role: invite.memberRole! } }, tx)
      return user.id
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Invalid({ token: 'team.invite.alreadyMember' })
    throw error
  }
}

async function assertOwnerRemains(organizationId: string, leavingUserId: string) {
  const [{ n }] = await getDb()
    .select({ n: count() })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, organizationId),
        eq(organizationMembers.role, 'owner'),
        sql`${organizationMembers.userId} <> ${leavingUserId}`,
      ),
    )
  if (n === 0) throw new Invalid({}, 'team.lastOwner')
}

/** Owners change roles; the last owner can neither be demoted nor leave. */
export async function changeMemberRole(input: { organizationId: string; actorId: string; userId: string; role: MemberRole }) {
  if (input.role !== 'owner') await assertOwnerRemains(input.organizationId, input.userId)
  const updated = await getDb()
    .update(organizationMembers)
    .set({ role: input.role })
    .where(and(eq(organizationMembers.organizationId, input.organizationId), eq(organizationMembers.userId, input.userId)))
    .returning({ userId: organizationMembers.userId })
  if (!updated.length) throw new NotFound('member')
  await recordAudit({ actorId: input.actorId, action: 'team.role-changed', targetType: 'user', targetId: input.userId, meta: { role: input.role } })
}

export async function removeMember(input: { organizationId: string; actorId: string; userId: string }) {
  await assertOwnerRemains(input.organizationId, input.userId)
  const removed = await getDb()
    .delete(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, input.organizationId), eq(organizationMembers.userId, input.userId)))
    .returning({ userId: organizationMembers.userId })
  if (!removed.length) throw new NotFound('member')
  await recordAudit({ actorId: input.actorId, action: 'team.member-removed', targetType: 'user', targetId: input.userId })
}
