import { checkReadiness } from '~/modules/health/health.server'

/** Readiness: 503 naming the failing dependency, so a load balancer stops sending traffic here. */
export async function loader() {
  const readiness = await checkReadiness()
  return Response.json(readiness, {
    status: readiness.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
