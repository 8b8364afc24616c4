import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The engine's pid, kept in its data directory while it runs (written by engine-watchdog.mjs). */
export const pidFileOf = (dataDir: string) => `${dataDir}/meilisearch.pid`
export const dbPathOf = (dataDir: string) => `${dataDir}/data.ms`

const WATCHDOG = fileURLToPath(new URL('./engine-watchdog.mjs', import.meta.url))

export const isProcessAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Whether `pid` is a Meilisearch working on this data directory, judged by its command line. */
export function isEngineOf(pid: number, dataDir: string): boolean {
  let argv: string[]
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
  } catch {
    return false
  }
  const dbPath = argv[argv.indexOf('--db-path') + 1]
  return basename(argv[0] ?? '') === 'meilisearch' && argv.includes('--db-path') && dbPath === dbPathOf(dataDir)
}

/**
 * Ends an engine left running on this data directory by an earlier process that died without
 * stopping it. The pid file's process is ended only when it really is a Meilisearch of this
 * directory: after a reboot the number may belong to anything. Returns the pid it ended.
 */
export async function endLeftoverEngine(dataDir: string, log?: (line: string) => void): Promise<number | null> {
  const file = pidFileOf(dataDir)
  if (!existsSync(file)) return null
  const pid = Number(readFileSync(file, 'utf8').trim())
  rmSync(file, { force: true })
  if (!Number.isSafeInteger(pid) || pid <= 1 || !isProcessAlive(pid) || !isEngineOf(pid, dataDir)) return null
  log?.(`ending the Meilisearch (pid ${pid}) left running on ${dataDir}`)
  process.kill(pid, 'SIGTERM')
  for (let waited = 0; isProcessAlive(pid) && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL')
  for (let waited = 0; isProcessAlive(pid) && waited < 2_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
  return pid
}

/**
 * Starts the engine under the watchdog (engine-watchdog.mjs): the returned process is the watchdog,
 * which exits when the engine does, and ends the engine when this process goes away.
 */
export function spawnEngine(opts: { binary: string; args: string[]; dataDir: string; log?: (line: string) => void }): ChildProcess {
  const child = spawn(process.execPath, [WATCHDOG, pidFileOf(opts.dataDir), opts.binary, ...opts.args], {
    // stdin stays open and unused: its closing is how the watchdog learns that this process died.
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  child.stdin?.on('error', () => {})
  child.stderr?.on('data', (chunk: Buffer) => opts.log?.(chunk.toString().trim()))
  return child
}

/**
 * Moves an engine database aside that keeps the engine from starting, so the next start is fresh;
 * the index is a copy of PostgreSQL and is rebuilt. The last broken copy is kept for a look.
 */
export function moveDatabaseAside(dataDir: string): string | null {
  const from = dbPathOf(dataDir)
  if (!existsSync(from)) return null
  const to = `${from}.broken`
  rmSync(to, { recursive: true, force: true })
  renameSync(from, to)
  return to
}
