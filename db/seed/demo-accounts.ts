import { and, asc, eq, inArray, like } from 'drizzle-orm'
import type { Database } from '../client'
import { organizations, places, users, type MemberRole, type UserRole } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'
import { seedDemoApplications } from './demo-applications'
import { seedDemoSeeker } from './demo-seeker'
import { createUser } from './users'

export const DEMO_PASSWORD = 'harz-demo-2026'

/** Fictional chambers; the chambers issue gives them members, campaigns and events. */
const DEMO_CHAMBERS = [
  { name: 'Handwerkskammer Harz-Brocken (Demo)', slug: `${DEMO_SLUG_PREFIX}hwk-harz-brocken`, postalCode: '38855' },
  { name: 'Kreishandwerkerschaft Südharz-Kyffhäuser (Demo)', slug: `${DEMO_SLUG_PREFIX}khs-suedharz-kyffhaeuser`, postalCode: '99734' },
]

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
]

async function ensureChambers(db: Database) {
  for (const chamber of DEMO_CHAMBERS) {
    const [place] = await db.select({ id: places.id }).from(places).where(eq(places.postalCode, chamber.postalCode)).orderBy(asc(places.id)).limit(1)
    await db
      .insert(organizations)
      .values({ kind: 'chamber', name: chamber.name, slug: chamber.slug, sector: 'crafts', placeId: place?.id, description: 'Fiktive Kammer für die Demo von Passgenau.' })
      .onConflictDoNothing({ target: organizations.slug })
  }
}

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
  await ensureChambers(db)
  const existing = await db.select({ email: users.email }).from(users).where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)))
  const have = new Set(existing.map((u) => u.email))
  const orgs = { company: await demoOrganizations(db, 'company'), chamber: await demoOrganizations(db, 'chamber') }
  let created = 0
  for (const account of DEMO_ACCOUNTS) {
    if (have.has(account.email)) continue
    const org = account.member ? orgs[account.member.kind][account.member.pick === 'first' ? 0 : 1] : undefined
    await createUser(db, {
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
  return { created }
}
