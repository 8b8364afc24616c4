import type { AppLoadContext } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { membershipOf } from '~/modules/auth/membership.server'
import type { SessionUser } from '~/modules/auth/session.server'
import { Forbidden } from '~/utils/errors'
import type { MemberRole } from '../../values/accounts'

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

/** The signed-in employer's company membership, optionally limited to some roles. */
export const requireCompanyMember = (context: Ctx, request: Request, roles?: MemberRole[]) =>
  membershipOf(requireRole(context, request, 'employer'), 'company', roles)

export const requireChamberStaff = (context: Ctx, request: Request) => membershipOf(requireRole(context, request, 'chamber'), 'chamber')
