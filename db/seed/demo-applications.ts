import { randomBytes } from 'node:crypto'
import { and, asc, eq, gt, notInArray, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import {
  applicationDocuments,
  applicationEvents,
  applications,
  documents,
  listings,
  organizationMembers,
  seekerProfiles,
  users,
} from '../schema'
import { DEMO_APPLICANTS, OWNER_COMPANY_PLAN, RECRUITER_COMPANY_PLAN, SEEKER_ELSEWHERE_PLAN, type DemoApplicationPlan } from './demo-applicants'
import { seedUser } from './users'
import type { ApplicationStatus } from '../../values/applications'

const DAY = 86_400_000
// As in app/modules/applications: the reply-deadline clock runs while the company owes a step.
const WAITING: ApplicationStatus[] = ['received', 'in_review', 'interview']
const REMINDER_DAYS = 7
const OVERDUE_DAYS = 14

interface Accounts {
  seeker: string
  owner: string
  recruiter: string
}

async function userIdOf(db: Database, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email))
  return row?.id
}

async function companyOf(db: Database, userId: string) {
  const [row] = await db.select({ id: organizationMembers.organizationId }).from(organizationMembers).where(eq(organizationMembers.userId, userId))
  return row?.id
}

/** Open listings, Ausbildung first, of the given companies or (`exclude`) of any others. */
async function openListings(db: Database, now: Date, scope: { of: string } | { exclude: string[] }, limit: number) {
  const open = and(eq(listings.status, 'published'), or(sql`${listings.expiresAt} is null`, gt(listings.expiresAt, now)))
  const which = 'of' in scope ? eq(listings.organizationId, scope.of) : notInArray(listings.organizationId, scope.exclude)
  const rows = await db
    .select({ id: listings.id })
    .from(listings)
    .where(and(open, which))
    .orderBy(sql`${listings.offerType} = 'ausbildung' desc`, asc(listings.id))
    .limit(limit)
  return rows.map((r) => r.id)
}

/** The fictional applicants' accounts (with a password nobody knows) and profiles; existing ones are kept. */
async function ensureApplicants(db: Database): Promise<string[]> {
  const ids: string[] = []
  for (const applicant of DEMO_APPLICANTS) {
    let id = await userIdOf(db, applicant.email)
    if (!id) id = (await seedUser(db, { email: applicant.email, name: applicant.name, role: 'seeker', lang: applicant.lang, password: randomBytes(24).toString('hex') })).id
    await db.insert(seekerProfiles).values({ userId: id, ...applicant.profile }).onConflictDoNothing()
    ids.push(id)
  }
  return ids
}

/** Inserts one application with its history, and the reply-deadline marks the worker would have set by now. */
async function insertPlan(db: Database, plan: DemoApplicationPlan, ids: { seekerId: string; listingId: number; actorId: string | null; cvId?: string }, now: Date) {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY)
  const createdAt = at(plan.appliedDaysAgo)
  let status: ApplicationStatus = 'received'
  let firstReplyAt: Date | null = null
  let lastCompanyActionAt: Date | null = null
  for (const step of plan.steps) {
    if (step.status) status = step.status
    if (step.status || (step.message && !step.bySeeker)) {
      firstReplyAt ??= at(step.daysAgo)
      lastCompanyActionAt = at(step.daysAgo)
    }
  }
  const waitingSince = lastCompanyActionAt ?? createdAt
  const waitedDays = (now.getTime() - waitingSince.getTime()) / DAY
  const isWaiting = WAITING.includes(status)
  const [app] = await db
    .insert(applications)
    .values({
      listingId: ids.listingId,
      seekerId: ids.seekerId,
      status,
      coverLetter: plan.coverLetter ?? '',
      createdAt,
      updatedAt: plan.steps.length ? at(plan.steps.at(-1)!.daysAgo) : createdAt,
      firstReplyAt,
      lastCompanyActionAt,
      reminderSentAt: isWaiting && waitedDays >= REMINDER_DAYS ? new Date(waitingSince.getTime() + REMINDER_DAYS * DAY) : null,
      overdueAt: isWaiting && waitedDays >= OVERDUE_DAYS ? new Date(waitingSince.getTime() + OVERDUE_DAYS * DAY) : null,
    })
    .onConflictDoNothing()
    .returning({ id: applications.id })
  if (!app) return 0
  if (ids.cvId) await db.insert(applicationDocuments).values({ applicationId: app.id, documentId: ids.cvId })
  const events: (typeof applicationEvents.$inferInsert)[] = [{ applicationId: app.id, at: createdAt, actorId: ids.seekerId, kind: 'status', fromSide: 'seeker', toStatus: 'received' }]
  let current: ApplicationStatus = 'received'
  for (const step of plan.steps) {
    const company = { applicationId: app.id, at: at(step.daysAgo), actorId: ids.actorId, fromSide: 'company' as const }
    if (step.status) events.push({ ...company, kind: 'status', fromStatus: current, toStatus: step.status })
    if (step.status) current = step.status
    if (step.message && step.bySeeker) events.push({ applicationId: app.id, at: at(step.daysAgo), actorId: ids.seekerId, fromSide: 'seeker', kind: 'message', text: step.message })
    else if (step.message) events.push({ ...company, kind: 'message', text: step.message })
    if (step.note) events.push({ ...company, kind: 'note', text: step.note })
  }
  await db.insert(applicationEvents).values(events)
  return 1
}

/**
 * Applicants for the demo: the demo owner's company gets seven in every state of the pipeline (one
 * waiting a week, one overdue, five answered, so its reply time shows), the recruiter's company a
 * few, and the demo seeker applications in several states. Idempotent: once the demo seeker or the
 * owner's company has an application, nothing changes. Needs the demo companies and accounts.
 */
export async function seedDemoApplications(db: Database, opts: { now?: Date } = {}): Promise<{ created: number }> {
  const now = opts.now ?? new Date()
  return db.transaction(async (tx) => {
    const accounts: Partial<Accounts> = {
      seeker: await userIdOf(tx, 'seeker@example.org'),
      owner: await userIdOf(tx, 'employer@example.org'),
      recruiter: await userIdOf(tx, 'recruiter@example.org'),
    }
    if (!accounts.seeker || !accounts.owner || !accounts.recruiter) return { created: 0 }
    const ownerCompany = await companyOf(tx, accounts.owner)
    const recruiterCompany = await companyOf(tx, accounts.recruiter)
    if (!ownerCompany || !recruiterCompany || ownerCompany === recruiterCompany) return { created: 0 }
    const [seen] = await tx
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .where(or(eq(applications.seekerId, accounts.seeker), eq(listings.organizationId, ownerCompany)))
      .limit(1)
    if (seen) return { created: 0 }

    const applicants = await ensureApplicants(tx)
    const [cv] = await tx.select({ id: documents.id }).from(documents).where(and(eq(documents.userId, accounts.seeker), eq(documents.kind, 'cv'))).limit(1)
    const seekerOf = (who: DemoApplicationPlan['who']) => (who === 'seeker' ? accounts.seeker! : applicants[who])
    const groups = [
      { plans: OWNER_COMPANY_PLAN, listingIds: await openListings(tx, now, { of: ownerCompany }, 3), actorId: accounts.owner },
      { plans: RECRUITER_COMPANY_PLAN, listingIds: await openListings(tx, now, { of: recruiterCompany }, 2), actorId: accounts.recruiter },
      { plans: SEEKER_ELSEWHERE_PLAN, listingIds: await openListings(tx, now, { exclude: [ownerCompany, recruiterCompany] }, SEEKER_ELSEWHERE_PLAN.length), actorId: null },
    ]
    let created = 0
    for (const group of groups) {
      if (group.listingIds.length === 0) continue
      for (const [i, plan] of group.plans.entries()) {
        const seekerId = seekerOf(plan.who)
        const listingId = group.listingIds[i % group.listingIds.length]
        created += await insertPlan(tx, plan, { seekerId, listingId, actorId: group.actorId, cvId: plan.who === 'seeker' ? cv?.id : undefined }, now)
      }
    }
    return { created }
  })
}
