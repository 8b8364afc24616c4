import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { AddMember } from '~/components/membership/add-member'
import { MemberTable } from '~/components/membership/chamber-members'
import membershipStyles from '~/components/membership/membership.css?url'
import { translate, useT, type MessageKey } from '~/i18n'
import { requireChamberStaff } from '~/http/guards.server'
import { findCompanies, listChamberMembers } from '~/modules/chambers/membership-lists.server'
import { AddMemberForm, CompanyQuery, MembershipDecisionForm } from '~/modules/chambers/membership.schema'
import { addMember, decideMembership } from '~/modules/chambers/memberships.server'
import type { FormState } from '~/utils/action-data'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: membershipStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'chambers.members.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const { q } = parseWith(CompanyQuery, { q: new URL(request.url).searchParams.get('q') ?? '' })
  const [members, companies] = await Promise.all([listChamberMembers(m.organizationId), findCompanies({ chamberId: m.organizationId, q })])
  return { chamber: m.organizationName, q, companies, ...members }
}

const DONE: Record<string, MessageKey> = {
  verify: 'chambers.members.done.verified',
  refuse: 'chambers.members.done.refused',
  revoke: 'chambers.members.done.revoked',
  add: 'chambers.members.done.added',
}

// Staff act on their own chamber's rows only: the module scopes every change by the chamber.
export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireChamberStaff(context, request)
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const base = { chamberId: m.organizationId, actorId: m.user.id }
  if (intent === 'verify' || intent === 'refuse' || intent === 'revoke') {
    const { membershipId, confirm } = parseWith(MembershipDecisionForm, Object.fromEntries(form))
    await decideMembership({ ...base, decision: intent, membershipId, isConfirmed: confirm })
  } else if (intent === 'add') {
    await addMember({ ...base, ...parseWith(AddMemberForm, Object.fromEntries(form)) })
  } else throw new Response('Bad Request', { status: 400 })
  return { ok: true, intent }
}

export default function ChamberMembers() {
  const t = useT()
  const { chamber, q, companies, pending, verified } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string }>()
  const adding = result?.intent === 'add' && !result.ok ? result : undefined
  return (
    <section className="stack">
      <h1>
        {t('chambers.members.title')} – {chamber}
      </h1>
      {result && !adding ? <FormMessage error={result.formError} success={result.ok && result.intent ? t(DONE[result.intent]) : null} /> : null}
      <section className="stack" aria-labelledby="pending-title">
        <h2 id="pending-title">{t('chambers.members.pending')}</h2>
        <MemberTable members={pending} kind="pending" />
      </section>
      <section className="stack" aria-labelledby="verified-title">
        <h2 id="verified-title">{t('chambers.members.verified')}</h2>
        <MemberTable members={verified} kind="verified" />
      </section>
      <section className="stack" aria-labelledby="add-title">
        <h2 id="add-title">{t('chambers.members.add.title')}</h2>
        <AddMember q={q} companies={companies} state={adding} />
      </section>
    </section>
  )
}
