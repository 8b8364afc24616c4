import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { MembershipRequestForm, MembershipTable } from '~/components/membership/company-memberships'
import membershipStyles from '~/components/membership/membership.css?url'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { listChambers, listCompanyMemberships } from '~/modules/chambers/membership-lists.server'
import { MembershipIdForm, MembershipRequestForm as RequestInput } from '~/modules/chambers/membership.schema'
import { requestMembership, withdrawMembershipRequest } from '~/modules/chambers/memberships.server'
import type { FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: membershipStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'chambers.membership.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const [chambers, memberships] = await Promise.all([listChambers(), listCompanyMemberships(m.organizationId)])
  return { company: m.organizationName, isOwner: m.memberRole === 'owner', chambers, memberships }
}

// Every member reads the page; only owners ask a chamber or withdraw a request.
export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request, ['owner'])
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const base = { companyId: m.organizationId, actorId: m.user.id }
  if (intent === 'request') await requestMembership({ ...base, ...parseWith(RequestInput, Object.fromEntries(form)) })
  else if (intent === 'withdraw') await withdrawMembershipRequest({ ...base, ...parseWith(MembershipIdForm, Object.fromEntries(form)) })
  else throw new Response('Bad Request', { status: 400 })
  return { ok: true, intent }
}

export default function EmployerMembership() {
  const t = useT()
  const { company, isOwner, chambers, memberships } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const request = result?.intent === 'request' ? result : undefined
  return (
    <section className="stack">
      <h1>
        {t('chambers.membership.title')} – {company}
      </h1>
      <p>{t('chambers.membership.intro')}</p>
      <h2>{t('chambers.membership.current')}</h2>
      {result?.intent === 'withdraw' ? <FormMessage error={result.formError} success={result.ok ? t('chambers.membership.withdrawn') : null} /> : null}
      <MembershipTable memberships={memberships} isOwner={isOwner} />
      <h2>{t('chambers.membership.request.title')}</h2>
      {isOwner ? (
        <MembershipRequestForm key={memberships.length} chambers={chambers} state={request} />
      ) : (
        <p>{t('chambers.membership.ownersOnly')}</p>
      )}
    </section>
  )
}
