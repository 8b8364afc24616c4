import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { Notice } from '~/components/notice'
import { CompletenessMeter } from '~/components/seeker/completeness-meter'
import { OccupationWishes } from '~/components/seeker/occupation-wishes'
import { ProfileForm } from '~/components/seeker/profile-form'
import seekerStyles from '~/components/seeker/seeker.css?url'
import { translate, useT } from '~/i18n'
import { getLang } from '~/i18n/lang.server'
import { requireSeeker } from '~/http/guards.server'
import { searchOccupations } from '~/modules/listings/occupations.server'
import { addWishedOccupation, getProfileView, removeWishedOccupation, saveProfile } from '~/modules/seekers/profile.server'
import { OccupationChange, parseProfileForm, readProfileForm, type ProfileFormValues } from '~/modules/seekers/profile.schema'
import type { FormState } from '~/utils/action-data'
import { Invalid } from '~/utils/errors'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: formLayoutStyles },
  { rel: 'stylesheet', href: seekerStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'profile.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  const query = (new URL(request.url).searchParams.get('occupation') ?? '').trim().slice(0, 80)
  const lang = getLang(request)
  const [view, matches] = await Promise.all([getProfileView(user.id, undefined, lang), query ? searchOccupations(query, { lang }) : []])
  return { view, query, matches }
}

type Result = FormState & { intent?: string; profile?: ProfileFormValues }

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSeeker(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? 'save')
  if (intent === 'save') {
    const profile = readProfileForm(form)
    try {
      await saveProfile(user.id, parseProfileForm(profile))
      return redirect('/me/profile?notice=saved')
    } catch (error) {
      // The form renders from what was posted, so nothing typed is lost (rows and checkboxes included).
      if (error instanceof Invalid) return data<Result>({ ok: false, intent, fieldErrors: error.fieldErrors, formError: error.formError, profile }, { status: 400 })
      throw error
    }
  }
  const { occupationId } = parseWith(OccupationChange, Object.fromEntries(form))
  if (intent === 'add-occupation') {
    await addWishedOccupation(user.id, occupationId)
    const query = String(form.get('occupationQuery') ?? '').slice(0, 80)
    return redirect(query ? `/me/profile?${new URLSearchParams({ occupation: query })}#occupations` : '/me/profile#occupations')
  }
  if (intent === 'remove-occupation') {
    await removeWishedOccupation(user.id, occupationId)
    return redirect('/me/profile#occupations')
  }
  throw new Response('Bad Request', { status: 400 })
}

export default function ProfilePage() {
  const t = useT()
  const { view, query, matches } = useLoaderData<typeof loader>()
  const result = useActionData<Result>()
  const saveResult = result?.intent === 'save' ? result : undefined
  return (
    <section className="stack">
      <h1>{t('profile.title')}</h1>
      <Notice />
      <p>{t('profile.intro')}</p>
      <CompletenessMeter completeness={view.completeness} />
      {view.exists ? (
        <p>
          <Link to="/me/recommendations">{t('profile.toRecommendations')}</Link>
        </p>
      ) : null}
      <OccupationWishes chosen={view.occupations} query={query} matches={matches} error={result && !saveResult ? result.fieldErrors?.occupation : undefined} />
      <ProfileForm key={view.version} values={saveResult?.profile ?? view.values} state={saveResult} />
    </section>
  )
}
