import { Form } from '@remix-run/react'
import { TextAreaField } from '~/components/form/form-controls'
import { FieldError, FormMessage } from '~/components/form/field'
import { useT } from '~/i18n'
import type { ChamberChoice } from '~/modules/counselling/referrals.server'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'

interface RejectionFormProps {
  /** The company's verified chambers; without one, there is nobody to pass the applicant on to. */
  chambers: ChamberChoice[]
  defaultText: string
  hintText: string
  state?: FormState
}

/**
 * The rejection with the team's words and, for a verified member of a chamber, the offer to recommend
 * the applicant to the chamber's other member businesses (one chamber: a checkbox; several: a choice).
 */
export function RejectionForm({ chambers, defaultText, hintText, state }: RejectionFormProps) {
  const t = useT()
  const chosen = valueOf(state, 'referralChamberId')
  const error = fieldError(state, 'referralChamberId')
  return (
    <section className="app-section" aria-labelledby="reject-title">
      <h2 id="reject-title">{t('applications.reject.title')}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="reject" />
        <FormMessage error={state?.formError} />
        <TextAreaField
          name="text"
          label="applications.reject.text"
          hintText={hintText}
          error={fieldError(state, 'text')}
          defaultValue={valueOf(state, 'text', defaultText)}
          maxLength={5000}
          required
          rows={3}
        />
        {chambers.length === 1 ? (
          <div className={error ? 'field field--check field--invalid' : 'field field--check'}>
            <input id="pass-on" type="checkbox" name="referralChamberId" value={chambers[0].id} defaultChecked={chosen === chambers[0].id} aria-describedby="pass-on-hint" />
            <label htmlFor="pass-on">{t('counselling.passOn.one', { chamber: chambers[0].name })}</label>
            <p id="pass-on-hint" className="field__hint">
              {t('counselling.passOn.hint')}
            </p>
            <FieldError error={error} />
          </div>
        ) : chambers.length > 1 ? (
          <fieldset className="choice" aria-describedby="pass-on-hint">
            <legend>{t('counselling.passOn.legend')}</legend>
            <p id="pass-on-hint" className="field__hint">
              {t('counselling.passOn.hint')}
            </p>
            <label>
              <input type="radio" name="referralChamberId" value="" defaultChecked={!chosen} /> {t('counselling.passOn.none')}
            </label>
            {chambers.map((c) => (
              <label key={c.id}>
                <input type="radio" name="referralChamberId" value={c.id} defaultChecked={chosen === c.id} /> {t('counselling.passOn.one', { chamber: c.name })}
              </label>
            ))}
            <FieldError error={error} />
          </fieldset>
        ) : null}
        <p className="form-actions">
          <button type="submit" className="button button--danger">
            {t('applications.reject.submit')}
          </button>
        </p>
      </Form>
    </section>
  )
}
