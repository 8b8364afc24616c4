import type { AppLoadContext } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { and, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { organizationMembers, organizations } from '../../../db/schema'
import { Forbidden } from '~/utils/errors'
import type { SessionUser } from './session.server'
import type { MemberRole } from '../../../values/accounts'

type Ctx = Pick<AppLoadContext, 'viewer'>

const LANDING: Record<SessionUser['role'], string> = { seeker: '/me', employer: '/employer', chamber: '/chamber', admin: '/admin' }

/** Where a person lands after signing in. */
export function landingPath(role: SessionUser['role']): string {
  return LANDING[role]
}

export function getUser(context: Ctx): SessionUser | null {
  return context.viewer?.user ?? null
}

/** Anonymous visitors are sent to sign in and brought back afterwards. */
export function requireUser(context: Ctx, request: Request): SessionUser {
  const user = getUser(context)
  if (!user) {
    const url = new URL(request.url)
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return user
}

function requireRole(context: Ctx, request: Request, role: SessionUser['role']): SessionUser {
  const user = requireUser(context, request)
  if (user.role !== role) throw new Forbidden()
  return user
}

export const requireSeeker = (context: Ctx, request: Request) => requireRole(context, request, 'seeker')
export const requireAdmin = (context: Ctx, request: Request) => requireRole(context, request, 'admin')

export interface Membership {
  user: SessionUser
  organizationId: string
  organizationSlug: string
  organizationName: string
  memberRole: MemberRole
}

async function requireMembership(context: Ctx, request: Request, kind: 'company' | 'chamber', roles?: MemberRole[]) {
  const user = requireRole(context, request, kind === 'company' ? 'employer' : 'chamber')
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
  return { user, ...row } satisfies Membership
}

/** The signed-in employer's company membership, optionally limited to some roles. */
export const requireCompanyMember = (context: Ctx, request: Request, roles?: MemberRole[]) =>
  requireMembership(context, request, 'company', roles)

export const requireChamberStaff = (context: Ctx, request: Request) => requireMembership(context, request, 'chamber')
