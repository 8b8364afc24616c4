import { spawn, type ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

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

/** The Meilisearch processes the server started (its other children, such as esbuild's, do not count). */
function meiliChildren(child: ChildProcess): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(child.pid), 'meilisearch']).toString().trim().split('\n').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('the web process', () => {
  it('starts on the embedded defaults, answers, and on SIGTERM ends within 10 s leaving no Meilisearch behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'passgenau-life-'))
    dirs.push(dataDir)
    const server = startServer({ DATA_DIR: dataDir, PORT: '0', SEED_DEMO: 'never' })
    const deadline = Date.now() + 90_000
    let url: string | undefined
    while (!url && Date.now() < deadline) {
      url = /is running:\s+(http:\/\/\S+)/.exec(server.output().stdout)?.[1]
      if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output().stderr}`)
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(url).toBeDefined()
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${url}/readyz`)
    expect(await ready.json()).toMatchObject({ checks: { database: 'ok', search: 'ok' } })

    const meili = meiliChildren(server.child)
    expect(meili.length).toBeGreaterThan(0)
    const stoppedAt = Date.now()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(Date.now() - stoppedAt).toBeLessThan(10_000)
    for (const pid of meili) expect(isAlive(pid)).toBe(false)
  }, 120_000)

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
