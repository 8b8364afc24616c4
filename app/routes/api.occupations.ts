import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { searchOccupations } from '~/modules/listings/occupations.server'

const Query = z.object({ q: z.string().trim().max(80).catch(''), type: z.string().max(20).catch('') })

/**
 * GET /api/occupations?q=elektr&type=ausbildung → up to 10 occupations by German or English name,
 * for the listing form's suggestions. An Ausbildung only offers recognised training occupations.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const { q, type } = Query.parse({ q: url.searchParams.get('q') ?? '', type: url.searchParams.get('type') ?? '' })
  const occupations = await searchOccupations(q, { trainingOnly: type === 'ausbildung' })
  // Reference data changes only with a release; answers may be kept for a day.
  return Response.json({ occupations }, { headers: { 'Cache-Control': 'public, max-age=86400' } })
}
