import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

export interface PassgenauProcess {
  kind: 'web' | 'worker'
  child: ChildProcess
  /** The web process's address; empty for a worker. */
  url: string
  output: () => string
  stop: () => Promise<number | null>
}

/**
 * Starts `server/main.ts` (web) or `server/worker.ts` as its own process and resolves once it serves
 * (the web process prints its address) or runs its jobs (the worker logs "worker running").
 */
export function startPassgenauProcess(kind: 'web' | 'worker', env: Record<string, string>, timeoutMs = 120_000): Promise<PassgenauProcess> {
  const entry = kind === 'web' ? 'server/main.ts' : 'server/worker.ts'
  // The worker's "running" line is an info log; the web process announces itself on stdout at any level.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env, ...(kind === 'worker' ? { LOG_LEVEL: 'info' } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    // Only the head and the tail matter for a diagnosis; a long run must not hoard its logs.
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    return exited
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`${kind} did not start within ${timeoutMs} ms:\n${output.slice(-4000)}`))
    }, timeoutMs)
    const check = () => {
      const url = kind === 'web' ? /is running:\s+(http:\/\/\S+)/.exec(output)?.[1] : /"msg":"worker running"/.test(output) ? 'worker' : undefined
      if (!url) return
      clearTimeout(timer)
      child.stdout!.off('data', check)
      resolve({ kind, child, url: kind === 'web' ? url : '', output: () => output, stop })
    }
    child.stdout!.on('data', check)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${kind} exited with ${code} before it started:\n${output.slice(-4000)}`))
    })
  })
}
