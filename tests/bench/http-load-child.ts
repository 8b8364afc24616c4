import { Agent, request } from 'node:http'
import { measureLatency, measureThroughput, type Probe } from './measure'
import type { HttpJob } from './http-load'

/*
 * The HTTP client side of the benchmark, in its own process: sharing the web app's event loop
 * would charge the client's parsing to the server and cap the concurrent rate at one thread.
 */

// A browser's headers: the answer is compressed as it would be for a visitor or a partner site.
const BROWSER_HEADERS = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'de-DE,de;q=0.9',
}
const REQUEST_TIMEOUT_MS = 10_000

function probeFor(job: HttpJob): Probe {
  const base = new URL(job.baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: Math.max(1, job.concurrency) })
  return (index) =>
    new Promise((resolve, reject) => {
      const req = request(
        { host: base.hostname, port: base.port, path: job.paths[index], agent, headers: { ...BROWSER_HEADERS, accept: job.accept, ...(job.fresh ? { 'cache-control': 'no-cache' } : {}) } },
        (res) => {
          res.on('data', () => {})
          res.on('error', reject)
          res.on('end', () => resolve(res.statusCode === 200 && (res.headers['content-type'] ?? '').startsWith(job.accept)))
        },
      )
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')))
      req.on('error', reject)
      req.end()
    })
}

process.on('message', async (job: HttpJob) => {
  try {
    const probe = probeFor(job)
    const result =
      job.kind === 'latency'
        ? await measureLatency(probe, job.paths.length, job.rounds)
        : await measureThroughput(probe, job.paths.length, job.concurrency, job.seconds)
    process.send!({ ok: true, result })
  } catch (error) {
    process.send!({ ok: false, error: error instanceof Error ? error.message : String(error) })
  }
})
