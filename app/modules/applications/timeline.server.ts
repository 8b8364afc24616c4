import { and, asc, eq, ne } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { applicationEvents, users, type ApplicationEvent } from '../../../db/schema'

export interface TimelineEntry {
  id: number
  at: string
  kind: ApplicationEvent['kind']
  fromSide: ApplicationEvent['fromSide']
  fromStatus: ApplicationEvent['fromStatus']
  toStatus: ApplicationEvent['toStatus']
  text: string | null
  /** Who in the team did it; only the company's own view names its members. */
  actorName: string | null
}

/**
 * An application's timeline, oldest first. The seeker's view leaves internal notes out in the
 * query itself, so no page can show one by mistake.
 */
export async function loadTimeline(db: Database, applicationId: string, audience: 'seeker' | 'company'): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      id: applicationEvents.id,
      at: applicationEvents.at,
      kind: applicationEvents.kind,
      fromSide: applicationEvents.fromSide,
      fromStatus: applicationEvents.fromStatus,
      toStatus: applicationEvents.toStatus,
      text: applicationEvents.text,
      actorName: users.name,
    })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorId))
    .where(and(eq(applicationEvents.applicationId, applicationId), audience === 'seeker' ? ne(applicationEvents.kind, 'note') : undefined))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id))
  return rows.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    // The seeker sees "the company", never which member; the company sees its members by name,
    // and the applicant's own entries without a name (the page already says who applied).
    actorName: audience === 'company' && r.fromSide === 'company' ? r.actorName : null,
  }))
}
