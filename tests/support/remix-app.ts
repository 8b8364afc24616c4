import { join, resolve } from 'node:path'
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node'
// The same route convention the Vite plugin uses, so the test app has the site's routes exactly.
import { flatRoutes } from '@remix-run/dev/dist/config/flat-routes.js'
import { withRouteEdge } from '../../server/route-edge'

const appDir = resolve(__dirname, '../../app')

interface ManifestRoute {
  id: string
  parentId?: string
  path?: string
  index?: boolean
  caseSensitive?: boolean
  file: string
}

/** The route files of app/routes as Remix sees them (ids like `routes/jobs._index`). */
export function routeManifest(): Record<string, ManifestRoute> {
  return flatRoutes(appDir, ['**/*.test.ts', '**/*.test.tsx', '**/*.css']) as Record<string, ManifestRoute>
}

/**
 * The site as a server build made from the source modules, behind the same route edge as the web
 * server: requests go through Remix's own handler in this process (documents, `.data` requests,
 * error boundaries), without a build step or a listening port.
 */
export async function loadServerBuild(): Promise<ServerBuild> {
  const manifest: Record<string, ManifestRoute> = { root: { id: 'root', path: '', file: 'root.tsx' }, ...routeManifest() }
  const routes: ServerBuild['routes'] = {}
  const assetRoutes: ServerBuild['assets']['routes'] = {}
  for (const route of Object.values(manifest)) {
    const module = await import(/* @vite-ignore */ join(appDir, route.file))
    const shape = { id: route.id, parentId: route.parentId, path: route.path, index: route.index, caseSensitive: route.caseSensitive }
    routes[route.id] = { ...shape, module }
    assetRoutes[route.id] = {
      ...shape,
      module: `/assets/${route.id}.js`,
      imports: [],
      hasAction: Boolean(module.action),
      hasLoader: Boolean(module.loader),
      hasClientAction: false,
      hasClientLoader: false,
      hasErrorBoundary: Boolean(module.ErrorBoundary),
    }
  }
  const entry = (await import('../../app/entry.server')) as unknown as ServerBuild['entry']['module']
  return withRouteEdge({
    mode: 'production',
    entry: { module: entry },
    routes,
    assets: { entry: { module: '/assets/entry.client.js', imports: [] }, routes: assetRoutes, url: '/assets/manifest.js', version: 'test' },
    publicPath: '/',
    assetsBuildDirectory: 'build/client',
    future: { v3_fetcherPersist: true, v3_relativeSplatPath: true, v3_throwAbortReason: true, v3_singleFetch: true, v3_lazyRouteDiscovery: true } as ServerBuild['future'],
    isSpaMode: false,
  })
}

export type Handler = (request: Request, context: AppLoadContext) => Promise<Response>

export async function createTestHandler(): Promise<Handler> {
  const handler = createRequestHandler(await loadServerBuild(), 'production')
  return (request, context) => handler(request, context)
}
