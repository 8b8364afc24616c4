import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import membershipStyles from '~/components/membership/membership.css?url'
import { PromotionForm } from '~/components/membership/promotion-form'
import { PromotionTable } from '~/components/membership/promotion-table'
import { translate, useT } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { defaultPeriod, PromotionForm as PromotionInput, PromotionIdForm } from '~/modules/chambers/membership.schema'
import { endPromotion, featureListing, listChamberPromotions, listPromotionCandidates } from '~/modules/chambers/promotions.server'
import { berlinToday } from '~/utils/calendar-date'
import type { FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: membershipStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'chambers.promotions.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const [candidates, promotions] = await Promise.all([listPromotionCandidates(m.organizationId), listChamberPromotions(m.organizationId)])
  return { chamber: m.organizationName, candidates, promotions, period: defaultPeriod(berlinToday()) }
}

// Only listings of the chamber's own verified members, and only its own promotions: the module scopes both.
export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const base = { chamberId: m.organizationId, actorId: m.user.id }
  if (intent === 'feature') await featureListing({ ...base, ...parseWith(PromotionInput, Object.fromEntries(form)) })
  else if (intent === 'end') await endPromotion({ ...base, ...parseWith(PromotionIdForm, Object.fromEntries(form)) })
  else throw new Response('Bad Request', { status: 400 })
  return { ok: true, intent }
}

export default function ChamberPromotions() {
  const t = useT()
  const { chamber, candidates, promotions, period } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const feature = result?.intent === 'feature' ? result : undefined
  return (
    <section className="stack">
      <h1>
        {t('chambers.promotions.title')} – {chamber}
      </h1>
      <p>{t('chambers.promotions.intro')}</p>
      <section className="stack" aria-labelledby="promotions-title">
        <h2 id="promotions-title">{t('chambers.promotions.list')}</h2>
        {result?.intent === 'end' ? <FormMessage error={result.formError} success={result.ok ? t('chambers.promotions.done.ended') : null} /> : null}
        <PromotionTable promotions={promotions} />
      </section>
      <section className="stack" aria-labelledby="new-promotion-title">
        <h2 id="new-promotion-title">{t('chambers.promotions.new')}</h2>
        <PromotionForm key={promotions.length} candidates={candidates} period={period} state={feature} />
      </section>
    </section>
  )
}
