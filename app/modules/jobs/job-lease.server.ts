import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { jobs } from '../../../db/schema'

export interface JobSchedule {
  /** The least time between two runs, counted over every process that shares the database. */
  everyMs: number
  /**
   * How long a runner holds the job without renewing its lease. The lease is renewed while the work
   * runs, so this only bounds how long a crashed runner blocks the job: a few polls, not a whole run.
   */
  leaseMs?: number
}

export type JobOutcome = 'ran' | 'failed' | 'not-due'

const DEFAULT_LEASE_MS = 60_000
const ms = (value: number) => sql`make_interval(secs => ${value / 1000})`

/**
 * Runs `work` as the recurring job `name` if, across every web and worker process that shares the
 * database, nobody runs it right now and its last run began at least `everyMs` ago. The claim is one
 * UPDATE on the job's row under `FOR UPDATE SKIP LOCKED`, so of several runners polling at once
 * exactly one wins and the others return at once with 'not-due'. While `work` runs, its lease is
 * renewed; if the process dies, the lease ends and the next poll anywhere takes the job over.
 * Every run is counted in the job's row (runs, failures, last error), which /metrics reports.
 *
 * This is the one way a recurring job runs; a new job needs only a name, a schedule and its work:
 *
 *   stops.push(startJobLoop({ name: 'retention', everyMs: DAY, run: () => purgeOldRows(new Date()) }, log))
 *
 * The work itself should still be safe to run twice (a lease can end under a runner that stalls
 * longer than the lease), e.g. by marking what it did in the same transaction as its effect.
 */
export async function runLeasedJob(name: string, schedule: JobSchedule, work: () => Promise<unknown>, db: Database = getDb()): Promise<JobOutcome> {
  const leaseMs = schedule.leaseMs ?? DEFAULT_LEASE_MS
  const runner = randomUUID()
  if (!(await claimJob(db, name, schedule.everyMs, leaseMs, runner))) return 'not-due'
  const heartbeat = setInterval(() => {
    void db
      .update(jobs)
      .set({ lockedUntil: sql`now() + ${ms(leaseMs)}` })
      .where(and(eq(jobs.name, name), eq(jobs.lockedBy, runner)))
      .catch(() => {})
  }, Math.max(1_000, leaseMs / 3))
  heartbeat.unref()
  let failure: unknown
  try {
    await work()
  } catch (error) {
    failure = error
  } finally {
    clearInterval(heartbeat)
  }
  await finishJob(db, name, runner, failure)
  if (failure !== undefined) throw failure
  return 'ran'
}

/** Job rows this process has made sure exist (per database: tests open several). */
const ensured = new WeakMap<Database, Set<string>>()

async function claimJob(db: Database, name: string, everyMs: number, leaseMs: number, runner: string): Promise<boolean> {
  const known = ensured.get(db) ?? new Set<string>()
  ensured.set(db, known)
  if (!known.has(name)) {
    await db.insert(jobs).values({ name }).onConflictDoNothing()
    known.add(name)
  }
  const free = db
    .select({ name: jobs.name })
    .from(jobs)
    .where(
      and(
        eq(jobs.name, name),
        sql`(${jobs.lockedUntil} is null or ${jobs.lockedUntil} <= now())`,
        sql`(${jobs.lastRunAt} is null or ${jobs.lastRunAt} <= now() - ${ms(everyMs)})`,
      ),
    )
    .for('update', { skipLocked: true })
  // last_run_at marks the start of the run: the next one is due `everyMs` after this one began.
  const claimed = await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + ${ms(leaseMs)}`, lockedBy: runner, lastRunAt: sql`now()` })
    .where(sql`${jobs.name} in ${free}`)
    .returning({ name: jobs.name })
  return claimed.length === 1
}

async function finishJob(db: Database, name: string, runner: string, failure: unknown): Promise<void> {
  const failed = failure !== undefined
  const message = failed ? (failure instanceof Error ? failure.message : String(failure)).slice(0, 2000) : null
  await db
    .update(jobs)
    .set({
      lockedUntil: null,
      lockedBy: null,
      runs: sql`${jobs.runs} + 1`,
      failures: sql`${jobs.failures} + ${failed ? 1 : 0}`,
      lastError: message,
    })
    .where(and(eq(jobs.name, name), eq(jobs.lockedBy, runner)))
}

/**
 * Counts a round of a job that every runner does side by side (the mail and search outbox queues,
 * whose rows are claimed one by one), so /metrics shows its runs and failures like the others'.
 */
export async function recordJobRound(name: string, failed: boolean, error?: string, db: Database = getDb()): Promise<void> {
  await db
    .insert(jobs)
    .values({ name, runs: 1, failures: failed ? 1 : 0, lastRunAt: sql`now()`, lastError: failed ? (error ?? 'failed').slice(0, 2000) : null })
    .onConflictDoUpdate({
      target: jobs.name,
      set: {
        runs: sql`${jobs.runs} + 1`,
        failures: sql`${jobs.failures} + ${failed ? 1 : 0}`,
        lastRunAt: sql`now()`,
        lastError: failed ? (error ?? 'failed').slice(0, 2000) : null,
      },
    })
}
