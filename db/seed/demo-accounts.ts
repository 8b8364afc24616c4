import { and, asc, eq, inArray, like } from 'drizzle-orm'
import type { Database } from '../client'
import { organizations, users } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'
import { seedDemoApplications } from './demo-applications'
import { ensureDemoChambers, seedDemoChamberWork } from './demo-chambers'
import { seedDemoCounselling } from './demo-counselling'
import { seedDemoInvitations } from './demo-invitations'
import { seedDemoMemberships } from './demo-memberships'
import { seedDemoViews } from './demo-views'
import { seedDemoSeeker } from './demo-seeker'
import { seedUser } from './users'
import type { MemberRole, UserRole } from '../../values/accounts'

export const DEMO_PASSWORD = 'harz-demo-2026'

interface DemoAccount {
  email: string
  name: string
  role: UserRole
  member?: { kind: 'company' | 'chamber'; role: MemberRole; pick: 'first' | 'second' }
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'seeker@example.org', name: 'Sina Sucher', role: 'seeker' },
  { email: 'employer@example.org', name: 'Erik Einsteller', role: 'employer', member: { kind: 'company', role: 'owner', pick: 'first' } },
  { email: 'recruiter@example.org', name: 'Rita Recruiter', role: 'employer', member: { kind: 'company', role: 'recruiter', pick: 'second' } },
  { email: 'chamber@example.org', name: 'Karl Kammer', role: 'chamber', member: { kind: 'chamber', role: 'counsellor', pick: 'first' } },
  { email: 'admin@example.org', name: 'Anna Admin', role: 'admin' },
  // A second admin: objections to a decision are decided by someone other than the person who made it.
  { email: 'admin2@example.org', name: 'Bernd Prüfer', role: 'admin' },
]

/** Two demo organizations of a kind, by slug, so the owner and the recruiter sit in different companies. */
async function demoOrganizations(db: Database, kind: 'company' | 'chamber') {
  return db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.kind, kind), like(organizations.slug, `${DEMO_SLUG_PREFIX}%`)))
    .orderBy(asc(organizations.slug))
    .limit(2)
}

/**
 * The demo logins (development only). Idempotent: existing accounts are left as they are. With
 * `uploadsDir` (the app's UPLOADS_DIR) the demo seeker's CV is stored there too.
 */
export async function seedDemoAccounts(db: Database, opts: { uploadsDir?: string } = {}): Promise<{ created: number }> {
  await ensureDemoChambers(db)
  const existing = await db.select({ email: users.email }).from(users).where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)))
  const have = new Set(existing.map((u) => u.email))
  const orgs = { company: await demoOrganizations(db, 'company'), chamber: await demoOrganizations(db, 'chamber') }
  let created = 0
  for (const account of DEMO_ACCOUNTS) {
    if (have.has(account.email)) continue
    const org = account.member ? orgs[account.member.kind][account.member.pick === 'first' ? 0 : 1] : undefined
    await seedUser(db, {
      email: account.email,
      name: account.name,
      role: account.role,
      password: DEMO_PASSWORD,
      memberOf: org && account.member ? { organizationId: org.id, role: account.member.role } : undefined,
    })
    created++
  }
  await seedDemoSeeker(db, { uploadsDir: opts.uploadsDir })
  // After the seeker, so the demo seeker's applications carry the CV.
  await seedDemoApplications(db)
  // The chamber area builds on the companies, listings and the demo seeker above; each step is idempotent.
  await seedDemoMemberships(db)
  await seedDemoChamberWork(db)
  await seedDemoInvitations(db)
  await seedDemoCounselling(db)
  await seedDemoViews(db)
  return { created }
}
