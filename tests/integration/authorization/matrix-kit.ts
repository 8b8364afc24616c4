import type { Database } from '../../../db/client'
import type { ValidatedSession } from '../../../app/modules/auth/session.server'

/**
 * What each kind of person gets from a route's loader or action.
 * 'ok' = served (2xx or a field-error 4xx), 'login' = sent to sign in, a number = that status.
 * A route file that is missing from the matrix fails it, so a new protected route cannot slip through.
 */
export type Outcome = 'ok' | 'login' | 403 | 404
export type Role = 'anonymous' | 'seeker' | 'otherSeeker' | 'owner' | 'otherRecruiter' | 'chamber' | 'otherChamber' | 'admin'
export type Expect = Record<Role, Outcome>
export interface Entry {
  path: string
  /** Values for the `:name` parts of the path, known once the setup has created them. */
  params?: () => Record<string, string>
  loader?: Expect
  action?: Expect & { form?: Record<string, string> | (() => Record<string, string>) }
}

export const only = (allowed: Role[]): Expect => ({
  anonymous: 'login',
  seeker: allowed.includes('seeker') ? 'ok' : 403,
  otherSeeker: allowed.includes('otherSeeker') ? 'ok' : 403,
  owner: allowed.includes('owner') ? 'ok' : 403,
  otherRecruiter: allowed.includes('otherRecruiter') ? 'ok' : 403,
  chamber: allowed.includes('chamber') ? 'ok' : 403,
  otherChamber: allowed.includes('otherChamber') ? 'ok' : 403,
  admin: allowed.includes('admin') ? 'ok' : 403,
})
export const everyoneSignedIn = only(['seeker', 'otherSeeker', 'owner', 'otherRecruiter', 'chamber', 'otherChamber', 'admin'])
export const employers = only(['owner', 'otherRecruiter'])
export const chamberStaff = only(['chamber', 'otherChamber'])

export const PUBLIC = 'public' as const
export type Entries = Record<string, Entry | typeof PUBLIC>

/**
 * What the shared setup creates. `owner` is a member of companyA, `otherRecruiter` of companyB,
 * `chamber` a counsellor of `chamber`, `otherChamber` of `chamberB`; `seeker` applied to listingOfA.
 * No chamber membership exists yet: an area's `setup` adds the rows it needs, keeping their ids itself.
 */
export interface Fixture {
  db: Database
  viewers: Record<Role, ValidatedSession | null>
  companyA: string
  companyB: string
  chamber: string
  chamberB: string
  listingOfA: number
  applicationOfA: string
  documentOfA: string
  documentOfOtherSeeker: string
}

/** Filled by the matrix's setup before any entry's `params` or `form` function runs. */
export const fixture = {} as Fixture

/** One area's part of the matrix: its route files and, if needed, rows made after the shared setup. */
export interface MatrixArea {
  entries: Entries
  setup?: () => Promise<void>
}
