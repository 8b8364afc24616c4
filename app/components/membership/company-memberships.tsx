import { Form } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { SelectField } from '~/components/form/form-controls'
import { useLang, useT } from '~/i18n'
import type { CompanyMembership } from '~/modules/chambers/membership-lists.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatDate } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

/** The company's memberships with their state; owners may withdraw a request still open. */
export function MembershipTable({ memberships, isOwner }: { memberships: CompanyMembership[]; isOwner: boolean }) {
  const t = useT()
  const lang = useLang()
  if (memberships.length === 0) return <p>{t('chambers.membership.none')}</p>
  return (
    <TableRegion label={t('chambers.membership.current')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('chambers.membership.chamber')}</th>
            <th scope="col">{t('chambers.membership.memberNumber')}</th>
            <th scope="col">{t('chambers.membership.status')}</th>
            <th scope="col">{t('chambers.membership.date')}</th>
            {isOwner ? <th scope="col">{t('chambers.membership.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.chamberName}</th>
              <td>
                {m.memberNumber}
                {m.registerEntry ? <span className="muted"> · {m.registerEntry}</span> : null}
              </td>
              <td>{t(`chambers.status.${m.status}`)}</td>
              <td>{formatDate(lang, m.decidedAt ?? m.requestedAt)}</td>
              {isOwner ? (
                <td>
                  {m.status === 'requested' ? (
                    <Form method="post" className="inline">
                      <input type="hidden" name="membershipId" value={m.id} />
                      <button type="submit" name="intent" value="withdraw" className="button button--small">
                        {t('chambers.membership.withdraw')}
                        <span className="visually-hidden"> – {m.chamberName}</span>
                      </button>
                    </Form>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  )
}

/** Choose a chamber, enter the member number, ask for confirmation. */
export function MembershipRequestForm({ chambers, state }: { chambers: Array<{ id: string; name: string }>; state?: FormState }) {
  const t = useT()
  const options = [{ value: '', label: t('chambers.membership.request.choose') }, ...chambers.map((c) => ({ value: c.id, label: c.name }))]
  return (
    <Form method="post" noValidate className="stack narrow">
      <FormMessage error={state?.formError} success={state?.ok ? t('chambers.membership.request.sent') : null} />
      <SelectField name="chamberId" label="chambers.membership.chamber" options={options} required defaultValue={valueOf(state, 'chamberId')} error={fieldError(state, 'chamberId')} />
      <Field
        name="memberNumber"
        label="chambers.membership.memberNumber"
        hint="chambers.membership.memberNumberHint"
        required
        maxLength={40}
        autoComplete="off"
        defaultValue={valueOf(state, 'memberNumber')}
        error={fieldError(state, 'memberNumber')}
      />
      <Field
        name="registerEntry"
        label="chambers.membership.registerEntry"
        hint="chambers.membership.registerEntryHint"
        maxLength={80}
        autoComplete="off"
        defaultValue={valueOf(state, 'registerEntry')}
        error={fieldError(state, 'registerEntry')}
      />
      <p>
        <button type="submit" name="intent" value="request" className="button button--primary">
          {t('chambers.membership.request.submit')}
        </button>
      </p>
    </Form>
  )
}
