import type { Logger } from 'pino'

/**
 * Runs `job` every `intervalMs`, never twice at once; errors are logged and the next round tries
 * again. Each job is idempotent, so a crash between two rounds loses nothing.
 */
export function startJobLoop(name: string, job: () => Promise<unknown>, intervalMs: number, log: Logger) {
  let running: Promise<unknown> | undefined
  let stopped = false
  const tick = () => {
    if (running || stopped) return
    running = job()
      .catch((error) => log.error({ err: error, job: name }, 'job failed'))
      .finally(() => {
        running = undefined
      })
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return async () => {
    stopped = true
    clearInterval(timer)
    await running
  }
}
