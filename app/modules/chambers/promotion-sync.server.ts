import { and, eq, gt, gte, lt, lte, or } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { jobs, listingPromotions } from '../../../db/schema'
import { addDays, berlinToday } from '~/utils/calendar-date'
import { enqueueListingSync } from '../search/outbox-store.server'

const JOB = 'promotion-sync'

/**
 * A promotion changes what search shows on its first day and on the day after its last, without
 * any write at that moment. This job queues those listings for search once per German calendar
 * day: every boundary since the day of the last run, so a worker that was down catches up.
 * Run it often (say every 15 minutes); rounds on a day already done change nothing, and the
 * job row's lock keeps two workers from doing one day twice.
 */
export async function syncPromotionBoundaries(now: Date = new Date(), db: Database = getDb()): Promise<number> {
  const today = berlinToday(now)
  return db.transaction(async (tx) => {
    await tx.insert(jobs).values({ name: JOB }).onConflictDoNothing()
    const [job] = await tx.select({ lastRunAt: jobs.lastRunAt }).from(jobs).where(eq(jobs.name, JOB)).for('update')
    // The first run looks back one day: a promotion that ended yesterday is still in the index.
    const since = job?.lastRunAt ? berlinToday(job.lastRunAt) : addDays(today, -1)
    if (since >= today) return 0
    const rows = await tx
      .selectDistinct({ listingId: listingPromotions.listingId })
      .from(listingPromotions)
      .where(
        or(
          // Starts in (since, today]: featured from then on.
          and(gt(listingPromotions.startsOn, since), lte(listingPromotions.startsOn, today)),
          // Ends in [since, today): its last day is over.
          and(gte(listingPromotions.endsOn, since), lt(listingPromotions.endsOn, today)),
        ),
      )
    const ids = rows.map((r) => r.listingId)
    await enqueueListingSync(tx, ids)
    await tx.update(jobs).set({ lastRunAt: now, lastError: null }).where(eq(jobs.name, JOB))
    return ids.length
  })
}
