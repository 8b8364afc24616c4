import { and, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { organizationMembers, organizations } from '../../../db/schema'
import { Forbidden } from '~/utils/errors'
import type { SessionUser } from './session.server'
import type { MemberRole } from '../../../values/accounts'

export interface Membership {
  user: SessionUser
  organizationId: string
  organizationSlug: string
  organizationName: string
  memberRole: MemberRole
}

/** The person's membership in a company or a chamber, optionally limited to some roles; Forbidden otherwise. */
export async function membershipOf(user: SessionUser, kind: 'company' | 'chamber', roles?: MemberRole[]): Promise<Membership> {
  const [row] = await getDb()
    .select({
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      memberRole: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(and(eq(organizationMembers.userId, user.id), eq(organizations.kind, kind)))
    .limit(1)
  if (!row || (roles && !roles.includes(row.memberRole))) throw new Forbidden()
  return { user, ...row }
}
