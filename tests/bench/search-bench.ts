/*
 * npm run bench:search -- [--listings N] …: the search benchmark of issue 4 (see options.ts).
 *
 * Two processes. This one only supervises: it starts the benchmark as a child in its own process
 * group and passes Ctrl-C on to it. The tsx CLI kills a child that does not answer a signal within
 * ~60 ms, and the benchmark's event loop is often busy longer (planning or indexing a batch), which
 * would leave the database, Meilisearch and temporary files behind. The child runs under Node with
 * the tsx loader, where a signal simply waits for the loop and the cleanup runs.
 *
 * Only dynamic imports in the child: the environment must be set before anything loads React,
 * because react-dom/server picks its development or production build on first import and the app
 * bundle shares that import with this process. A benchmark measures what production runs.
 */
const WORKER_FLAG = 'PASSGENAU_BENCH_WORKER'

if (process.env[WORKER_FLAG] !== '1') {
  const { fork } = await import('node:child_process')
  const { fileURLToPath } = await import('node:url')
  const child = fork(fileURLToPath(import.meta.url), process.argv.slice(2), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, [WORKER_FLAG]: '1' },
    detached: true,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)))
} else {
  process.env.NODE_ENV ??= 'production'
  // Request logs would drown the table; warnings (such as a fallback to Postgres) still show.
  process.env.LOG_LEVEL ??= 'warn'

  const { parseOptions } = await import('./options')
  const { runBench } = await import('./run-bench')
  try {
    const options = parseOptions(process.argv.slice(2))
    if (options) process.exitCode = (await runBench(options)) ? 0 : 1
  } catch (error) {
    console.error(`\nbench:search failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 2
  }
  // The supervisor waits for this process; the IPC channel must not keep it alive.
  process.disconnect?.()
}

export {}
