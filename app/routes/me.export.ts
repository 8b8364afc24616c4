import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireUser } from '~/http/guards.server'
import { exportPersonalData } from '~/modules/privacy/export.server'

/** Download of everything stored about the signed-in person (GDPR Art. 15 and 20). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireUser(context, request)
  const data = await exportPersonalData(user.id)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="passgenau-meine-daten.json"',
      'Cache-Control': 'no-store',
    },
  })
}
