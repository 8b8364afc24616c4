import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isProcessAlive } from '../../search/engine-process'

const root = join(__dirname, '../..')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', MEILI_URL: '', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (c) => (stdout += c))
  child.stderr!.on('data', (c) => (stderr += c))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited, output: () => ({ stdout, stderr }) }
}

/** The embedded Meilisearch of a data directory, by the pid file its watchdog keeps. */
function enginePid(dataDir: string): number | null {
  const file = join(dataDir, 'meili', 'meilisearch.pid')
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null
}

async function until(probe: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!probe()) {
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, 100))
  }
  return true
}

async function startedServer(env: Record<string, string>) {
  const server = startServer(env)
  const deadline = Date.now() + 90_000
  let url: string | undefined
  while (!url && Date.now() < deadline) {
    url = /is running:\s+(http:\/\/\S+)/.exec(server.output().stdout)?.[1]
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output().stderr}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  if (!url) throw new Error('server did not start within 90 s')
  return { ...server, url }
}


describe('the web process', () => {
  it('starts on the embedded defaults, answers, and on SIGTERM ends within 10 s leaving no Meilisearch behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passgenau-life-'))
    dirs.push(dataDir)
    const server = await startedServer({ DATA_DIR: dataDir, PORT: '0', SEED_DEMO: 'never' })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${server.url}/readyz`)
    expect(await ready.json()).toMatchObject({ checks: { database: 'ok', search: 'ok' } })

    const meili = enginePid(dataDir)
    expect(meili && isProcessAlive(meili)).toBe(true)
    const stoppedAt = Date.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(Date.now() - stoppedAt).toBeLessThan(10_000)
    expect(isProcessAlive(meili!)).toBe(false)
  }, 120_000)

  it('leaves no Meilisearch behind when killed with SIGKILL, and the next start runs one engine on the data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passgenau-life-'))
    dirs.push(dataDir)
    const first = await startedServer({ DATA_DIR: dataDir, PORT: '0', SEED_DEMO: 'never' })
    const orphan = enginePid(dataDir)!
    first.child.kill('SIGKILL')
    await first.exited
    // The watchdog sees its parent's pipe close and ends the engine.
    expect(await until(() => !isProcessAlive(orphan), 10_000)).toBe(true)

    const second = await startedServer({ DATA_DIR: dataDir, PORT: '0', SEED_DEMO: 'never' })
    const engine = enginePid(dataDir)!
    expect(engine).not.toBe(orphan)
    expect(isProcessAlive(engine)).toBe(true)
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
  }, 200_000)

  it.each([
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['MEILI_URL', 'localhost:7700'],
    ['PORT', 'eighty'],
  ])('stops with one line naming %s when it is malformed', async (name, value) => {
    const server = startServer({ [name]: value, DATA_DIR: join(tmpdir(), 'never-created') })
    expect(await server.exited).toBe(1)
    const lines = server.output().stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${name} `))
  }, 30_000)
})
