import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { jobs } from '../../../db/schema'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { runLeasedJob } from './job-lease.server'

const ctx = setupAppDatabase()
const HOUR = 3_600_000
const rowOf = async (name: string) => (await ctx.db.select().from(jobs).where(eq(jobs.name, name)))[0]

describe('a recurring job under several runners', () => {
  it('runs once when five runners ask at the same moment', async () => {
    let runs = 0
    const work = async () => {
      runs++
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => runLeasedJob('race', { everyMs: HOUR }, work)))
    expect(runs).toBe(1)
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1)
    expect(await rowOf('race')).toMatchObject({ runs: 1, failures: 0, lockedBy: null, lockedUntil: null })
  })

  it('does not run again within its period, and runs once the period has passed', async () => {
    let runs = 0
    const work = async () => void runs++
    expect(await runLeasedJob('period', { everyMs: HOUR }, work)).toBe('ran')
    expect(await runLeasedJob('period', { everyMs: HOUR }, work)).toBe('not-due')
    await ctx.db.update(jobs).set({ lastRunAt: sql`now() - interval '61 minutes'` }).where(eq(jobs.name, 'period'))
    expect(await runLeasedJob('period', { everyMs: HOUR }, work)).toBe('ran')
    expect(runs).toBe(2)
  })

  it('waits while another runner holds the lease, and takes over when that runner died', async () => {
    await ctx.db.insert(jobs).values({ name: 'orphan', lockedBy: 'dead-runner', lockedUntil: sql`now() + interval '1 minute'` })
    let runs = 0
    const work = async () => void runs++
    expect(await runLeasedJob('orphan', { everyMs: HOUR }, work)).toBe('not-due')
    await ctx.db.update(jobs).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(jobs.name, 'orphan'))
    expect(await runLeasedJob('orphan', { everyMs: HOUR }, work)).toBe('ran')
    expect(runs).toBe(1)
  })

  it('renews the lease while the work runs longer than the lease', async () => {
    let heldDuringWork: Date | null = null
    await runLeasedJob('long', { everyMs: HOUR, leaseMs: 1_500 }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      heldDuringWork = (await rowOf('long')).lockedUntil
    })
    expect(heldDuringWork!.getTime()).toBeGreaterThan(Date.now())
  })

  it('counts a failed run, keeps its error and passes it on', async () => {
    await expect(runLeasedJob('broken', { everyMs: HOUR }, async () => Promise.reject(new Error('SMTP down')))).rejects.toThrow('SMTP down')
    expect(await rowOf('broken')).toMatchObject({ runs: 1, failures: 1, lastError: 'SMTP down', lockedBy: null })
  })
})
