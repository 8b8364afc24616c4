import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { suggestPlaces } from '~/modules/search/place.server'

const Query = z.object({ q: z.string().trim().max(60).catch('') })

/** GET /api/places?q=Gos → up to 8 places for the `where` field's suggestions while typing. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { q } = Query.parse({ q: new URL(request.url).searchParams.get('q') ?? '' })
  const places = await suggestPlaces(q)
  // The gazetteer changes only with a new release; browsers and proxies may keep answers for a day.
  return Response.json({ places }, { headers: { 'Cache-Control': 'public, max-age=86400' } })
}
