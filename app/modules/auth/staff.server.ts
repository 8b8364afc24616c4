import { randomBytes } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import { isUniqueViolation } from '~/utils/db-errors'
import { getDb } from '../../../db/client'
import { organizationMembers, organizations, users } from '../../../db/schema'
import { Conflict, Invalid } from '~/utils/errors'
import { queueMail } from '../mail/mail.server'
import { recordAudit } from '../security/audit.server'
import { checkPasswordStrength, link } from './account-access.server'
import { createEmailToken } from './email-tokens.server'
import { hashPassword } from './password.server'

interface StaffInput {
  email: string
  name: string
  role: 'chamber' | 'admin'
  chamberSlug?: string
  /** From the CLI; without it the person sets one through a mailed link. */
  password?: string
  actorId: string | null
}

export async function listChambers() {
  return getDb()
    .select({ slug: organizations.slug, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.kind, 'chamber'))
    .orderBy(asc(organizations.name))
}

/** Chamber staff and admins are never self-registered: an admin or the CLI creates them. */
export async function createStaffUser(input: StaffInput): Promise<string> {
  const db = getDb()
  let chamberId: string | undefined
  if (input.role === 'chamber') {
    const [chamber] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(sql`${organizations.slug} = ${input.chamberSlug ?? ''} and ${organizations.kind} = 'chamber'`)
    if (!chamber) throw new Invalid({ chamber: 'form.required' })
    chamberId = chamber.id
  }
  if (input.password) checkPasswordStrength(input.password)
  const passwordHash = await hashPassword(input.password ?? randomBytes(32).toString('base64url'))
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, passwordHash, emailVerifiedAt: input.password ? new Date() : null })
        .returning({ id: users.id, lang: users.lang })
      if (chamberId) await tx.insert(organizationMembers).values({ organizationId: chamberId, userId: user.id, role: 'counsellor' })
      if (!input.password) {
        const token = await createEmailToken({ purpose: 'reset-password', email: input.email, userId: user.id }, tx)
        await queueMail({ to: input.email, template: 'reset-password', lang: user.lang, params: { name: input.name, link: link('/reset-password', token) } }, tx)
      }
      await recordAudit({ actorId: input.actorId, action: 'user.created', targetType: 'user', targetId: user.id, meta: { role: input.role } }, tx)
      return user.id
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict({ email: 'auth.emailTaken' })
    throw error
  }
}
