import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import applicationStyles from '~/components/applications/applications.css?url'
import { ChamberConsents } from '~/components/counselling/chamber-consents'
import { ConsentExplainer } from '~/components/counselling/consent-explainer'
import counsellingStyles from '~/components/counselling/counselling.css?url'
import { CounsellingNotice } from '~/components/counselling/counselling-notice'
import { MyReferrals } from '~/components/counselling/my-referrals'
import { FormMessage } from '~/components/form/field'
import { translate, useT } from '~/i18n'
import { requireSeeker } from '~/http/guards.server'
import { changeConsent, listChamberConsents } from '~/modules/counselling/consents.server'
import { ConsentChange, MyReferralChange } from '~/modules/counselling/counselling.schema'
import { changeMyReferral, listMyReferrals } from '~/modules/counselling/referral-answers.server'
import type { FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: applicationStyles },
  { rel: 'stylesheet', href: counsellingStyles },
]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'counselling.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSeeker(context, request)
  const [chambers, referrals] = await Promise.all([listChamberConsents(user.id), listMyReferrals(user.id)])
  return { chambers, referrals }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSeeker(context, request)
  const form = await request.formData()
  const input = Object.fromEntries(form)
  if (input.intent === 'referral') {
    const status = await changeMyReferral(user.id, parseWith(MyReferralChange, input))
    return redirect(`/me/counselling?done=${status === 'consented' ? 'referral-consented' : 'referral-declined'}`)
  }
  const outcome = await changeConsent(user.id, parseWith(ConsentChange, input))
  return redirect(`/me/counselling?done=${outcome}`)
}

export default function CounsellingPage() {
  const t = useT()
  const { chambers, referrals } = useLoaderData<typeof loader>()
  const result = useActionData<FormState>()
  const error = result?.formError ?? Object.values(result?.fieldErrors ?? {})[0]
  return (
    <section className="stack">
      <h1>{t('counselling.title')}</h1>
      <p className="lead">{t('counselling.intro')}</p>
      <CounsellingNotice />
      <FormMessage error={error} />
      <ConsentExplainer />
      <ChamberConsents chambers={chambers} />
      <MyReferrals referrals={referrals} />
    </section>
  )
}
