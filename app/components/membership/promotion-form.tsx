import { Form } from '@remix-run/react'
import { useId } from 'react'
import { Field, FieldError, FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'

export interface PromotionCandidate {
  id: number
  title: string
  companyName: string
}

/** Candidates grouped by company, in the order they come (by company name). */
function byCompany(candidates: PromotionCandidate[]) {
  const groups = new Map<string, PromotionCandidate[]>()
  for (const c of candidates) groups.set(c.companyName, [...(groups.get(c.companyName) ?? []), c])
  return [...groups]
}

/** Pick a listing of a verified member and the period; the server checks all of it again. */
export function PromotionForm({ candidates, period, state }: { candidates: PromotionCandidate[]; period: { startsOn: string; endsOn: string }; state?: FormState }) {
  const t = useT()
  const id = useId()
  const error = fieldError(state, 'listingId')
  if (candidates.length === 0) return <p>{t('chambers.promotions.noCandidates')}</p>
  return (
    <Form method="post" noValidate className="stack">
      <FormMessage error={state?.formError} success={state?.ok ? t('chambers.promotions.done.created') : null} />
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={id}>{t('chambers.promotions.listing')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('chambers.promotions.listingHint')}
        </p>
        <select
          id={id}
          name="listingId"
          required
          defaultValue={valueOf(state, 'listingId')}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        >
          <option value="">{t('chambers.membership.request.choose')}</option>
          {byCompany(candidates).map(([company, listings]) => (
            <optgroup key={company} label={company}>
              {listings.map((listing) => (
                <option key={listing.id} value={listing.id}>
                  {listing.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id={error ? `${id}-error` : undefined} error={error} />
      </div>
      <p className="muted">{t('chambers.promotions.periodHint')}</p>
      <div className="period-fields">
        <Field name="startsOn" type="date" label="chambers.promotions.startsOn" required defaultValue={valueOf(state, 'startsOn', period.startsOn)} error={fieldError(state, 'startsOn')} />
        <Field name="endsOn" type="date" label="chambers.promotions.endsOn" required defaultValue={valueOf(state, 'endsOn', period.endsOn)} error={fieldError(state, 'endsOn')} />
      </div>
      <p>
        <button type="submit" name="intent" value="feature" className="button button--primary">
          {t('chambers.promotions.submit')}
        </button>
      </p>
    </Form>
  )
}
