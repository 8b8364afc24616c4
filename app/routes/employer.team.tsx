import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Field, FormMessage } from '~/components/form/field'
import { translate, useLang, useT } from '~/i18n'
import { InviteForm } from '~/modules/auth/auth.schema'
import { requireCompanyMember } from '~/http/guards.server'
import { changeMemberRole, inviteMember, listTeam, removeMember } from '~/modules/auth/team.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatDate } from '~/utils/format'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'
import { TableRegion } from '~/components/table-region'

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'team.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const team = await listTeam(m.organizationId)
  return { ...team, me: m.user.id, isOwner: m.memberRole === 'owner', company: m.organizationName }
}

const MemberAction = z.object({ userId: z.uuid(), role: z.enum(['owner', 'recruiter']).optional() })

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  const intent = String(form.get('intent'))
  // Leaving is open to everyone; everything else is for owners.
  const m = await requireCompanyMember(context, request, intent === 'leave' ? undefined : ['owner'])
  const base = { organizationId: m.organizationId, actorId: m.user.id }
  if (intent === 'invite') {
    const input = parseWith(InviteForm, Object.fromEntries(form))
    await inviteMember({ ...base, inviterId: m.user.id, ...input })
    return { ok: true, intent, sentTo: input.email }
  }
  if (intent === 'leave') {
    await removeMember({ ...base, userId: m.user.id })
    return { ok: true, intent }
  }
  const input = parseWith(MemberAction, Object.fromEntries(form))
  if (intent === 'role' && input.role) await changeMemberRole({ ...base, userId: input.userId, role: input.role })
  else if (intent === 'remove') await removeMember({ ...base, userId: input.userId })
  else throw new Response('Bad Request', { status: 400 })
  return { ok: true, intent }
}

export default function Team() {
  const t = useT()
  const lang = useLang()
  const { members, invitations, me, isOwner, company } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string; sentTo?: string }>()
  const invite = result?.intent === 'invite' ? result : undefined
  return (
    <section className="stack">
      <h1>
        {t('team.title')} – {company}
      </h1>
      {result && result.intent !== 'invite' ? <FormMessage error={result.formError} /> : null}
      <h2>{t('team.members')}</h2>
      <TableRegion label={t('team.members')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('auth.name')}</th>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              {isOwner ? <th scope="col">{t('team.changeRole')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>
                  {member.name} {member.userId === me ? t('team.you') : null}
                </td>
                <td>{member.email}</td>
                <td>{t(`role.${member.role}`)}</td>
                {isOwner ? (
                  <td>
                    <Form method="post" className="inline">
                      <input type="hidden" name="userId" value={member.userId} />
                      <input type="hidden" name="role" value={member.role === 'owner' ? 'recruiter' : 'owner'} />
                      <button type="submit" name="intent" value="role" className="button button--small">
                        {t(member.role === 'owner' ? 'role.recruiter' : 'role.owner')}
                      </button>
                      {member.userId !== me ? (
                        <button type="submit" name="intent" value="remove" className="button button--small button--danger">
                          {t('team.remove')}
                        </button>
                      ) : null}
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <Form method="post">
        <button type="submit" name="intent" value="leave" className="button">
          {t('team.leave')}
        </button>
      </Form>
      {isOwner ? (
        <>
          <h2>{t('team.invite.title')}</h2>
          {invite?.ok ? <FormMessage success={t('team.invite.sent', { email: invite.sentTo ?? '' })} /> : null}
          <Form method="post" noValidate className="stack">
            <FormMessage error={invite?.formError} />
            <Field name="email" type="email" label="auth.email" required defaultValue={valueOf(invite, 'email')} error={fieldError(invite, 'email')} />
            <fieldset className="choice">
              <legend>{t('admin.users.role')}</legend>
              <label>
                <input type="radio" name="role" value="recruiter" defaultChecked /> {t('role.recruiter')}
              </label>
              <label>
                <input type="radio" name="role" value="owner" /> {t('role.owner')}
              </label>
            </fieldset>
            <button type="submit" name="intent" value="invite" className="button button--primary">
              {t('team.invite.submit')}
            </button>
          </Form>
          {invitations.length ? (
            <>
              <h3>{t('team.invite.pending')}</h3>
              <ul>
                {invitations.map((i) => (
                  <li key={i.email}>
                    {i.email} – {i.role ? t(`role.${i.role}`) : null} – {t('team.invite.expires', { date: formatDate(lang, i.expiresAt) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
