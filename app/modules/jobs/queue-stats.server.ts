import { and, asc, count, gt, gte, isNull, lt, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { jobs, outboundEmails, searchOutbox } from '../../../db/schema'
import { MAX_ATTEMPTS } from '../mail/delivery.server'

export interface QueueStats {
  outbox: { depth: number; lagSeconds: number }
  mail: { pending: number; retrying: number; failed: number }
  jobs: Array<{ name: string; runs: number; failures: number; lastRunAt: Date | null }>
}

/**
 * The state every process shares, read from PostgreSQL: how far search and mail are behind, and
 * the runs of every background job in the whole installation. Any web process reports the same.
 */
export async function readQueueStats(db: Database = getDb()): Promise<QueueStats> {
  const [outbox, mail, jobRows] = await Promise.all([
    db
      // The database's clock, not this process's: hosts' clocks may differ.
      .select({ depth: count(), lagSeconds: sql<number>`coalesce(extract(epoch from now() - min(${searchOutbox.createdAt})), 0)`.mapWith(Number) })
      .from(searchOutbox)
      .where(isNull(searchOutbox.processedAt)),
    db
      .select({
        pending: sql<number>`count(*) filter (where ${outboundEmails.attempts} = 0)`.mapWith(Number),
        retrying: sql<number>`count(*) filter (where ${and(gt(outboundEmails.attempts, 0), lt(outboundEmails.attempts, MAX_ATTEMPTS))})`.mapWith(Number),
        failed: sql<number>`count(*) filter (where ${gte(outboundEmails.attempts, MAX_ATTEMPTS)})`.mapWith(Number),
      })
      .from(outboundEmails)
      // A row whose body the retention job removed will never be sent: it is not waiting.
      .where(and(isNull(outboundEmails.sentAt), isNull(outboundEmails.bodyRemovedAt))),
    db.select({ name: jobs.name, runs: jobs.runs, failures: jobs.failures, lastRunAt: jobs.lastRunAt }).from(jobs).orderBy(asc(jobs.name)),
  ])
  return {
    outbox: { depth: Number(outbox[0]?.depth ?? 0), lagSeconds: Math.max(0, outbox[0]?.lagSeconds ?? 0) },
    mail: { pending: mail[0]?.pending ?? 0, retrying: mail[0]?.retrying ?? 0, failed: mail[0]?.failed ?? 0 },
    jobs: jobRows.map((row) => ({ ...row, runs: Number(row.runs), failures: Number(row.failures) })),
  }
}
