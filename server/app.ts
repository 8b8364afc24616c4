import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { constants as zlibConstants } from 'node:zlib'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import type { Logger } from 'pino'
import { pinoHttp } from 'pino-http'
import type { ViteDevServer } from 'vite'
import { servesHttps, type Env } from '../app/utils/env.server'
import { isLocalRequest } from './client-address'
import { metricsHandler, requestMetrics } from './metrics'
import { originCheck, retryAfterOnTooManyRequests, securityHeaders } from './security'
import { withRouteEdge } from './route-edge'
import { languageMiddleware } from './language'
import { sessionMiddleware } from './session'

interface AppOptions {
  env: Env
  logger: Logger
  /** Development: Vite serves the app with hot reload. Otherwise the built server bundle. */
  vite?: ViteDevServer
  buildDir?: string
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/
/**
 * Brotli at quality 3 and gzip at level 4: a search page compresses in about half the time of the
 * defaults (brotli 4, gzip 6) and stays within a tenth of their size.
 */
const COMPRESSION = { level: 4, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 3 } } }
const FILE_PATH = /\/[^/]*\.[A-Za-z0-9]+$/

export async function createApp({ env, logger, vite, buildDir = env.BUILD_DIR }: AppOptions) {
  const serverBuild = vite
    ? undefined
    : ((await import(/* @vite-ignore */ pathToFileURL(resolve(buildDir, 'server/index.js')).href)) as ServerBuild)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(requestMetrics(serverBuild))

  app.use((req, res, next) => {
    const given = req.get('x-request-id')
    const id = given && REQUEST_ID.test(given) ? given : randomUUID()
    res.locals.requestId = id
    res.setHeader('X-Request-Id', id)
    next()
  })
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => (res as express.Response).locals.requestId,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' || req.url?.startsWith('/assets/') === true },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  )
  app.use(retryAfterOnTooManyRequests())
  app.use(compression(COMPRESSION))
  // Remix flushes the compressor after every chunk it writes, and React writes a page in dozens: each
  // flush ends a compression block and a socket write. No page streams anything late, so one block.
  app.use((_req, res, next) => {
    ;(res as { flush?: unknown }).flush = undefined
    next()
  })
  app.use(securityHeaders({ isHttps: servesHttps(env), isDev: Boolean(vite) }))
  app.use(originCheck(env.APP_ORIGIN))
  app.get('/metrics', metricsHandler(env.METRICS_TOKEN))

  let build: ServerBuild | (() => Promise<ServerBuild>)
  if (vite) {
    app.use(vite.middlewares)
    build = async () => withRouteEdge((await vite.ssrLoadModule('virtual:remix/server-build')) as ServerBuild)
  } else {
    // Fingerprinted assets never change; everything else in public/ may.
    app.use('/assets', express.static(`${buildDir}/client/assets`, { immutable: true, maxAge: '1y' }))
    // Only a path that names a file can be one: pages and API calls skip the file-system lookup.
    const publicFiles = express.static(`${buildDir}/client`, { maxAge: '1h' })
    app.use((req, res, next) => (FILE_PATH.test(req.path) ? publicFiles(req, res, next) : next()))
    build = withRouteEdge(serverBuild!)
  }

  const secureCookies = servesHttps(env)
  app.use(sessionMiddleware(secureCookies))
  app.use(languageMiddleware(secureCookies))

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: vite ? 'development' : 'production',
      getLoadContext: (req, res) => ({
        requestId: res.locals.requestId,
        nonce: res.locals.nonce,
        logger: req.log,
        viewer: res.locals.viewer,
        secureCookies,
        // trust proxy 'loopback': X-Forwarded-For counts only when a proxy on this machine sent it.
        clientIp: req.ip ?? 'unknown',
        isLocalClient: isLocalRequest(req),
      }),
    }),
  )
  return app
}
