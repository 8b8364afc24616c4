import { sql } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { getSearch } from '../../../search/client'

export type CheckResult = 'ok' | `error: ${string}`

export interface Readiness {
  status: 'ok' | 'unavailable'
  /** The parts that failed their check, by product name, for whoever reads the answer. */
  failing?: Array<'PostgreSQL' | 'Meilisearch'>
  checks: { database: CheckResult; search: CheckResult }
}

/** Each check's deadline: both run at once, so the whole answer comes within a second. */
export const READINESS_TIMEOUT_MS = 800

export interface ReadinessProbes {
  database: () => Promise<unknown>
  search: () => Promise<unknown>
}

const defaultProbes: ReadinessProbes = {
  database: () => getDb().execute(sql`select 1`),
  search: async () => {
    const health = await getSearch().client.health()
    if (health.status !== 'available') throw new Error(`Meilisearch is ${health.status}`)
  },
}

function summarize(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim().slice(0, 200) || 'unknown error'
}

/** Runs one probe; a probe that hangs fails after `timeoutMs` instead of holding the request open. */
async function check(probe: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([Promise.resolve().then(probe), timeout])
    return 'ok'
  } catch (error) {
    return `error: ${summarize(error)}`
  } finally {
    clearTimeout(timer)
  }
}

/** Whether this process can serve requests: PostgreSQL answers a query and Meilisearch reports healthy. */
export async function checkReadiness(
  probes: ReadinessProbes = defaultProbes,
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<Readiness> {
  const [database, search] = await Promise.all([check(probes.database, timeoutMs), check(probes.search, timeoutMs)])
  const failing = [...(database === 'ok' ? [] : ['PostgreSQL' as const]), ...(search === 'ok' ? [] : ['Meilisearch' as const])]
  if (failing.length === 0) return { status: 'ok', checks: { database, search } }
  return { status: 'unavailable', failing, checks: { database, search } }
}
