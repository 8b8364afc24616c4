import { Form } from '@remix-run/react'
import { Field, FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import type { MembershipStatus } from '../../../values/chambers'

export interface FoundCompany {
  id: string
  name: string
  placeName: string | null
  status: MembershipStatus | null
}

/** Staff find a company by name (a plain GET form) and enter it as a verified member with its number. */
export function AddMember({ q, companies, state }: { q: string; companies: FoundCompany[]; state?: FormState }) {
  const t = useT()
  return (
    <>
      <Form method="get" className="stack narrow" role="search" aria-label={t('chambers.members.add.searchSubmit')}>
        <Field name="q" type="search" label="chambers.members.add.search" hint="chambers.members.add.searchHint" defaultValue={q} minLength={2} maxLength={100} />
        <p>
          <button type="submit" className="button">
            {t('chambers.members.add.searchSubmit')}
          </button>
        </p>
      </Form>
      {q.trim().length >= 2 ? (
        companies.length ? (
          <>
            <h3>{t('chambers.members.add.results')}</h3>
            <ul className="membership-results">
              {companies.map((company) => (
                <li key={company.id}>
                  <FoundCompanyForm company={company} state={state?.values?.companyId === company.id ? state : undefined} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('chambers.members.add.none')}</p>
        )
      ) : null}
    </>
  )
}

function FoundCompanyForm({ company, state }: { company: FoundCompany; state?: FormState }) {
  const t = useT()
  const legend = `${company.name}${company.placeName ? ` · ${company.placeName}` : ''}`
  if (company.status === 'verified') {
    return (
      <p>
        {legend} – {t('chambers.members.add.already')}
      </p>
    )
  }
  return (
    <Form method="post" noValidate>
      <fieldset>
        <legend>{legend}</legend>
        <FormMessage error={state?.formError} />
        <input type="hidden" name="companyId" value={company.id} />
        <Field name="memberNumber" label="chambers.membership.memberNumber" required maxLength={40} autoComplete="off" defaultValue={valueOf(state, 'memberNumber')} error={fieldError(state, 'memberNumber')} />
        <button type="submit" name="intent" value="add" className="button button--small">
          {t('chambers.members.add.submit')}
        </button>
      </fieldset>
    </Form>
  )
}
