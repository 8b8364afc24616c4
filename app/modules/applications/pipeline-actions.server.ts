import { and, eq, inArray } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { applicationEvents, applications, listings } from '../../../db/schema'
import { Invalid } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import type { MessageInput, StatusInput } from './applications.schema'
import { companyAnswered, findCompanyApplication, type CompanyScope } from './company-scope.server'
import { mailSeeker, messageBlock, seekerLink, statusLabel } from './notify.server'

export interface Action<T> extends CompanyScope {
  actorId: string
  /** Parsed by the route; refused only after the ownership check. */
  input: Checked<T>
  now?: Date
}

/** Only the company's own applications are touched: the update repeats the scope in its WHERE clause. */
const ownRow = (tx: Database, scope: CompanyScope) =>
  and(
    eq(applications.id, scope.applicationId),
    inArray(applications.listingId, tx.select({ id: listings.id }).from(listings).where(eq(listings.organizationId, scope.organizationId))),
  )

/**
 * Moves an application to another pipeline status, records who did it, and mails the seeker in
 * their language, with the team's words (e.g. the rejection text) when there are any.
 */
export async function moveStatus(tx: Database, opts: CompanyScope & { actorId: string }, input: Checked<StatusInput>, now: Date) {
  // Ownership first: another company's application is a 404 before any field error could tell it apart.
  const app = await findCompanyApplication(tx, opts, { lock: true })
  const { status, text } = accept(input)
  if (app.status === 'withdrawn' || !app.seeker) throw new Invalid({}, 'applications.status.withdrawn.closed')
  if (app.status === status) throw new Invalid({ status: 'applications.status.same' })
  await tx.update(applications).set({ status, ...companyAnswered(now, app.firstReplyAt) }).where(ownRow(tx, opts))
  const base = { applicationId: app.id, at: now, actorId: opts.actorId, fromSide: 'company' as const }
  await tx.insert(applicationEvents).values({ ...base, kind: 'status', fromStatus: app.status, toStatus: status })
  if (text) await tx.insert(applicationEvents).values({ ...base, kind: 'message', text })
  await mailSeeker(tx, app.seeker, 'application-status', (lang) => ({
    title: app.listingTitle,
    company: app.companyName,
    status: statusLabel(lang, status),
    message: messageBlock(lang, app.companyName, text),
    link: seekerLink(app.id),
  }))
  return { ...app, seeker: app.seeker }
}

/** A status change from the status form or the board, in its own transaction. */
export async function changeApplicationStatus(opts: Action<StatusInput>) {
  const now = opts.now ?? new Date()
  await getDb().transaction((tx) => moveStatus(tx, opts, opts.input, now))
}

/** A message to the applicant, mailed to them with its text. */
export async function sendCompanyMessage(opts: Action<MessageInput>) {
  const now = opts.now ?? new Date()
  await getDb().transaction(async (tx) => {
    const app = await findCompanyApplication(tx, opts, { lock: true })
    const { text } = accept(opts.input)
    if (app.status === 'withdrawn' || !app.seeker) throw new Invalid({}, 'applications.message.closed')
    await tx.insert(applicationEvents).values({ applicationId: app.id, at: now, actorId: opts.actorId, kind: 'message', fromSide: 'company', text })
    await tx.update(applications).set(companyAnswered(now, app.firstReplyAt)).where(ownRow(tx, opts))
    await mailSeeker(tx, app.seeker, 'application-message', () => ({
      title: app.listingTitle,
      company: app.companyName,
      text,
      link: seekerLink(app.id),
    }))
  })
}

/**
 * A note only the team sees. It neither answers the seeker nor stops the reply-deadline clock,
 * and it does not move the application up in the seeker's list.
 */
export async function addInternalNote(opts: Action<MessageInput>) {
  const now = opts.now ?? new Date()
  const db = getDb()
  const app = await findCompanyApplication(db, opts)
  const { text } = accept(opts.input)
  await db.insert(applicationEvents).values({ applicationId: app.id, at: now, actorId: opts.actorId, kind: 'note', fromSide: 'company', text })
}
