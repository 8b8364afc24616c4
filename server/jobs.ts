import type { Logger } from 'pino'
import { recordJobRound, runLeasedJob, type JobSchedule } from '../app/modules/jobs/job-lease.server'

/** How often each process asks whether a recurring job is due; the job's row decides. */
const POLL_MS = 5_000

export interface RecurringJob extends JobSchedule {
  /** The job's row in `jobs` and its label in /metrics. */
  name: string
  run: () => Promise<unknown>
}

/**
 * Runs a recurring job from this process: every few seconds it asks the job's row (runLeasedJob)
 * whether the job is due and free, so of all web and worker processes exactly one runs it per
 * period, and another takes over when that one dies. Returns the function that stops the loop.
 */
export function startJobLoop(job: RecurringJob, log: Logger) {
  return startLoop(job.name, Math.min(job.everyMs, POLL_MS), log, async () => {
    const outcome = await runLeasedJob(job.name, job, job.run)
    if (outcome === 'ran') log.debug({ job: job.name }, 'job ran')
    return false
  })
}

/**
 * Runs a queue's round from this process, side by side with the other processes: the round claims
 * its rows itself (FOR UPDATE SKIP LOCKED and a lease, as deliverQueuedMail does). Rounds that found
 * work or failed are counted in the job's row for /metrics. A round that found work is followed by
 * another at once, so a burst drains without waiting for the interval.
 */
export function startQueueLoop(name: string, intervalMs: number, round: () => Promise<{ claimed: number; failed: number }>, log: Logger) {
  return startLoop(name, intervalMs, log, async () => {
    let result
    try {
      result = await round()
    } catch (error) {
      await recordJobRound(name, true, error instanceof Error ? error.message : String(error))
      throw error
    }
    if (result.claimed > 0) await recordJobRound(name, result.failed > 0, result.failed ? `${result.failed} of ${result.claimed} failed` : undefined)
    return result.claimed > 0
  })
}

/**
 * Calls `tick` every `intervalMs` (the first time soon after start), at once again when it returns
 * true, never twice at once; errors are logged and the next round tries again.
 */
function startLoop(name: string, intervalMs: number, log: Logger, tick: () => Promise<boolean>) {
  let running: Promise<unknown> | undefined
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  const schedule = (delayMs: number) => {
    if (stopped) return
    timer = setTimeout(run, delayMs)
    // The loop alone must not keep a process alive.
    timer.unref()
  }
  const run = () => {
    let again = false
    running = tick()
      .then((more) => (again = more))
      .catch((error) => log.error({ err: error, job: name }, 'job failed'))
      .finally(() => {
        running = undefined
        schedule(again ? 0 : intervalMs)
      })
  }
  // Processes started together should not poll in lockstep.
  schedule(Math.random() * Math.min(intervalMs, 1_000))
  return async () => {
    stopped = true
    clearTimeout(timer)
    await running
  }
}
