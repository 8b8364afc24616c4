import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { getLang } from '~/i18n/lang.server'
import { searchOccupations } from '~/modules/listings/occupations.server'

const Query = z.object({ q: z.string().trim().max(80).catch(''), type: z.string().max(20).catch('') })

/**
 * GET /api/occupations?q=elektr&type=ausbildung → up to 10 occupations by name or label (German,
 * English, Arabic, Ukrainian, Turkish), for the listing form's and the profile's suggestions, each
 * with its name in the interface language. An Ausbildung only offers recognised training occupations.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const { q, type } = Query.parse({ q: url.searchParams.get('q') ?? '', type: url.searchParams.get('type') ?? '' })
  const occupations = await searchOccupations(q, { trainingOnly: type === 'ausbildung', lang: getLang(request) })
  // Reference data changes only with a release; answers may be kept for a day (per language: the
  // names follow the language cookie).
  return Response.json({ occupations }, { headers: { 'Cache-Control': 'public, max-age=86400', Vary: 'Cookie' } })
}
