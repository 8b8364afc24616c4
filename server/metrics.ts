import { createHash, timingSafeEqual } from 'node:crypto'
import { matchRoutes, type AgnosticRouteObject } from '@remix-run/router'
import type { ServerBuild } from '@remix-run/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { Counter, Gauge } from 'prom-client'
import { readQueueStats } from '../app/modules/jobs/queue-stats.server'
import { getMetrics } from '../app/utils/metrics.server'

const isLoopback = (address: string | undefined) =>
  address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address))

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

export interface MetricsClient {
  /** The TCP peer. */
  socketAddress: string | undefined
  /** The client as Express sees it: behind a proxy on loopback, the address it forwarded. */
  ip: string | undefined
  authorization: string | undefined
}

/**
 * Loopback clients (a Prometheus or agent on the same host) and holders of METRICS_TOKEN. A request
 * that a proxy on this host forwarded comes from loopback too, so the forwarded client counts: the
 * public, reaching /metrics through the site's own proxy, is refused.
 */
export function isMetricsClientAllowed(client: MetricsClient, token: string | undefined): boolean {
  if (isLoopback(client.socketAddress) && isLoopback(client.ip)) return true
  const bearer = /^Bearer (\S+)$/.exec(client.authorization ?? '')?.[1]
  return Boolean(token && bearer && sameSecret(bearer, token))
}

/** The Remix route id a path goes to (bounded labels: never the raw path). */
function createRouteLabeler(build: ServerBuild | undefined): (path: string) => string {
  if (!build) return () => 'dev'
  const children = (parentId: string | undefined): AgnosticRouteObject[] =>
    Object.values(build.routes)
      .filter((route) => route.parentId === parentId)
      .map((route) =>
        route.index
          ? { id: route.id, index: true, path: route.path, caseSensitive: route.caseSensitive }
          : { id: route.id, path: route.path, caseSensitive: route.caseSensitive, children: children(route.id) },
      )
  const tree = children(undefined)
  return (path) => matchRoutes(tree, path)?.at(-1)?.route.id ?? 'unmatched'
}

/** Times every request into passgenau_http_request_duration_seconds{route,method,status}. */
export function requestMetrics(build: ServerBuild | undefined): RequestHandler {
  const label = createRouteLabeler(build)
  const { requestDuration } = getMetrics()
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint()
    res.once('finish', () => {
      const path = req.path
      const route = path.startsWith('/assets/') ? 'assets' : path === '/metrics' ? 'metrics' : label(path)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      requestDuration.observe({ route, method: req.method, status: String(res.statusCode) }, seconds)
    })
    next()
  }
}

function createQueueMetrics() {
  const { registry } = getMetrics()
  const registers = [registry]
  return {
    outboxDepth: new Gauge({ name: 'passgenau_search_outbox_depth', help: 'Search outbox rows not yet in Meilisearch.', registers }),
    outboxLag: new Gauge({ name: 'passgenau_search_outbox_lag_seconds', help: 'Age of the oldest search outbox row not yet in Meilisearch.', registers }),
    mailQueue: new Gauge({
      name: 'passgenau_mail_queue_depth',
      help: 'Unsent mail by state: pending (not tried yet), retrying (failed, will retry), failed (given up).',
      labelNames: ['state'] as const,
      registers,
    }),
    jobRuns: new Counter({ name: 'passgenau_job_runs_total', help: 'Runs of each background job, over all processes.', labelNames: ['job'] as const, registers }),
    jobFailures: new Counter({ name: 'passgenau_job_failures_total', help: 'Failed runs of each background job, over all processes.', labelNames: ['job'] as const, registers }),
  }
}

/**
 * GET /metrics in Prometheus' text format. Request and search series are this process's own;
 * queue and job series are read from PostgreSQL at each scrape and are the same on every process.
 */
export function metricsHandler(token: string | undefined): RequestHandler {
  let queue: ReturnType<typeof createQueueMetrics> | undefined
  return async (req, res, next) => {
    try {
      if (!isMetricsClientAllowed({ socketAddress: req.socket.remoteAddress, ip: req.ip, authorization: req.get('authorization') }, token)) {
        res.status(403).type('text/plain').set('Cache-Control', 'no-store').send('Forbidden\n')
        return
      }
      queue ??= createQueueMetrics()
      const stats = await readQueueStats()
      queue.outboxDepth.set(stats.outbox.depth)
      queue.outboxLag.set(stats.outbox.lagSeconds)
      for (const state of ['pending', 'retrying', 'failed'] as const) queue.mailQueue.set({ state }, stats.mail[state])
      queue.jobRuns.reset()
      queue.jobFailures.reset()
      // A row that never ran is some job's bookkeeping, not a job (e.g. promotion-sync's last day).
      for (const job of stats.jobs.filter((j) => j.runs > 0 || j.failures > 0)) {
        queue.jobRuns.inc({ job: job.name }, job.runs)
        queue.jobFailures.inc({ job: job.name }, job.failures)
      }
      const { registry } = getMetrics()
      res.status(200).type(registry.contentType).set('Cache-Control', 'no-store').send(await registry.metrics())
    } catch (error) {
      next(error)
    }
  }
}
