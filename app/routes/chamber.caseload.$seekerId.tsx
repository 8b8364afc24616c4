import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import { CaseApplications } from '~/components/counselling/case-applications'
import { CaseMatches } from '~/components/counselling/case-matches'
import { CaseNotes } from '~/components/counselling/case-notes'
import { CaseProfile } from '~/components/counselling/case-profile'
import counsellingStyles from '~/components/counselling/counselling.css?url'
import { CounsellingNotice } from '~/components/counselling/counselling-notice'
import { RecommendForm } from '~/components/counselling/recommend-form'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { translate, useLang, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { requireChamberStaff } from '~/http/guards.server'
import { addCaseNote, recommendListing } from '~/modules/counselling/case-actions.server'
import { NoteForm, RecommendForm as RecommendSchema } from '~/modules/counselling/counselling.schema'
import { getCase } from '~/modules/counselling/caseload.server'
import type { FormState } from '~/utils/action-data'
import { checkWith } from '~/utils/form-check'
import { formatDate } from '~/utils/format'
import { langFromMatches } from '~/utils/meta'

/** The page shows the best few; the recommend form offers all of the seeker's current top matches. */
const MATCHES_SHOWN = 5

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: applicationStyles },
  { rel: 'stylesheet', href: seekerStyles },
  { rel: 'stylesheet', href: counsellingStyles },
]

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: `${data?.case.name ?? translate(langFromMatches(matches), 'counselling.caseload.title')} – Passgenau` },
]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  return { case: await getCase({ chamberId: m.organizationId, seekerId: params.seekerId ?? '' }, { lang: getLang(request) }), now: new Date().toISOString() }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const scope = { chamberId: m.organizationId, seekerId: params.seekerId ?? '', actorId: m.user.id }
  const fields = Object.fromEntries(form)
  const here = `/chamber/caseload/${scope.seekerId}`
  // Parsed here, refused by the module once the case is found (without consent it is a 404).
  switch (intent) {
    case 'note':
      await addCaseNote({ ...scope, input: checkWith(NoteForm, fields) })
      return redirect(`${here}?done=note`)
    case 'recommend':
      await recommendListing({ ...scope, input: checkWith(RecommendSchema, fields) })
      return redirect(`${here}?done=recommended`)
    default:
      throw new Response('Bad Request', { status: 400 })
  }
}

export default function CounsellingCase() {
  const t = useT()
  const lang = useLang()
  const { case: c, now } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const stateOf = (intent: string) => (result?.intent === intent ? result : undefined)
  return (
    <section className="stack">
      <p>
        <Link to="/chamber/caseload">{t('counselling.case.back')}</Link>
      </p>
      <h1>{c.name}</h1>
      <p className="lead">{t('counselling.case.lead', { date: formatDate(lang, c.grantedAt) })}</p>
      <CounsellingNotice />
      <CaseProfile facts={c.facts} wishes={c.wishes} />
      <CaseMatches matches={c.matches.slice(0, MATCHES_SHOWN)} home={c.home} now={now} />
      <CaseApplications applications={c.applications} />
      <CaseNotes notes={c.notes} state={stateOf('note')} />
      <RecommendForm matches={c.matches} recommendations={c.recommendations} state={stateOf('recommend')} />
    </section>
  )
}
