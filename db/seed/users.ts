import { hash } from '@node-rs/argon2'
import type { Database } from '../client'
import { organizationMembers, users, type User } from '../schema'
import type { MemberRole, UserRole } from '../../values/accounts'

export type NewUser = typeof users.$inferInsert

let sequence = 0

// Same parameters as the app's password hashing, so seeded accounts sign in like real ones.
const hashPassword = (password: string) => hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 })

export function buildUser(overrides: Partial<Omit<NewUser, 'passwordHash'>> = {}): Omit<NewUser, 'passwordHash'> {
  const n = ++sequence
  return {
    email: `person${n}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    name: `Testperson ${n}`,
    role: 'seeker',
    lang: 'de',
    emailVerifiedAt: new Date(),
    ...overrides,
  }
}

interface CreateUserOptions extends Partial<Omit<NewUser, 'passwordHash'>> {
  password?: string
  role?: UserRole
  /** Adds the person to this organization with the given role. */
  memberOf?: { organizationId: string; role: MemberRole }
}

export async function seedUser(db: Database, { password = 'correct horse battery staple', memberOf, ...overrides }: CreateUserOptions = {}): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({ ...buildUser(overrides), passwordHash: await hashPassword(password) })
    .returning()
  if (memberOf) await db.insert(organizationMembers).values({ ...memberOf, userId: user.id })
  return user
}
