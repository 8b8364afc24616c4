/** Liveness: answers while the process runs, without touching any dependency. */
export function loader() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
}
