import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { LatencyRun, ThroughputRun } from './measure'

export type HttpJob = {
  baseUrl: string
  paths: string[]
  accept: 'application/json' | 'text/html'
  /** Ask for a fresh answer (Cache-Control: no-cache), past the app's cache of search answers. */
  fresh?: boolean
} & (
  | { kind: 'latency'; rounds: number; concurrency: 1 }
  | { kind: 'throughput'; concurrency: number; seconds: number }
)

type Reply = { ok: true; result: LatencyRun | ThroughputRun } | { ok: false; error: string }

export interface HttpLoader {
  latency(job: Omit<Extract<HttpJob, { kind: 'latency' }>, 'kind' | 'concurrency'>): Promise<LatencyRun>
  throughput(job: Omit<Extract<HttpJob, { kind: 'throughput' }>, 'kind'>): Promise<ThroughputRun>
  stop(): void
}

/** Starts the load-generating process (http-load-child.ts); one job at a time. */
export function startHttpLoader(): HttpLoader {
  const child: ChildProcess = fork(fileURLToPath(new URL('./http-load-child.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const run = (job: HttpJob) =>
    new Promise<LatencyRun | ThroughputRun>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load process exited with code ${code}`))
      child.once('exit', onExit)
      child.once('message', (reply: Reply) => {
        child.off('exit', onExit)
        if (reply.ok) resolve(reply.result)
        else reject(new Error(reply.error))
      })
      child.send(job)
    })
  return {
    latency: (job) => run({ ...job, kind: 'latency', concurrency: 1 }) as Promise<LatencyRun>,
    throughput: (job) => run({ ...job, kind: 'throughput' }) as Promise<ThroughputRun>,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM')
    },
  }
}
