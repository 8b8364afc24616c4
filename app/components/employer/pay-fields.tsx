import { Field } from '~/components/form/field'
import { useLang, useT, type MessageKey } from '~/i18n'
import { MAX_TRAINING_YEARS, MIN_TRAINING_ALLOWANCE, allowanceField } from '~/modules/listings/listing-form'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatMoney } from '~/utils/format'
import { SelectField } from '~/components/form/form-controls'

const YEAR_LABELS: MessageKey[] = ['employer.pay.year1', 'employer.pay.year2', 'employer.pay.year3', 'employer.pay.year4']

interface Props {
  state: FormState | undefined
  trainingYears: number
  onTrainingYears: (years: number) => void
  /** After hydration, allowance fields beyond the chosen number of years are hidden. */
  isHydrated: boolean
}

/** Pay is required (EU pay transparency): an allowance per training year, or an amount or range. */
// Which part shows follows the offer type select through CSS `:has()` (employer.css), so it works
// without JavaScript too; the server drops the other part's fields (withoutOtherPayFields).
export function PayFields({ state, trainingYears, onTrainingYears, isHydrated }: Props) {
  const t = useT()
  const lang = useLang()
  const minimums = Object.fromEntries(MIN_TRAINING_ALLOWANCE.map((amount, i) => [`y${i + 1}`, formatMoney(lang, amount)]))
  const money = { inputMode: 'numeric' as const, autoComplete: 'off' }
  return (
    <fieldset className="form-section">
      <legend>{t('employer.pay.title')}</legend>
      <p className="field__hint">{t('employer.pay.intro')}</p>
      <div className="stack pay-training">
        <h3>{t('employer.pay.training')}</h3>
        <SelectField
          name="trainingYears"
          label="employer.pay.years.label"
          defaultValue={valueOf(state, 'trainingYears')}
          error={fieldError(state, 'trainingYears')}
          onChange={(e) => onTrainingYears(Number(e.currentTarget.value))}
          options={[
            { value: '', label: t('employer.select.choose') },
            ...Array.from({ length: MAX_TRAINING_YEARS }, (_, i) => ({ value: String(i + 1), label: t('employer.pay.yearsOption', { years: i + 1 }) })),
          ]}
        />
        <p className="field__hint">{t('employer.pay.allowanceMinimums', minimums)}</p>
        <div className="form-grid">
          {YEAR_LABELS.map((label, i) => (
            <div key={label} hidden={isHydrated && trainingYears > 0 && i + 1 > trainingYears}>
              <Field
                name={allowanceField(i + 1)}
                label={label}
                defaultValue={valueOf(state, allowanceField(i + 1))}
                error={fieldError(state, allowanceField(i + 1))}
                {...money}
              />
            </div>
          ))}
        </div>
      </div>
      <div className="stack pay-range">
        <h3>{t('employer.pay.range')}</h3>
        <div className="pay-period">
          <SelectField
            name="payPeriod"
            label="employer.pay.period"
            hint="employer.pay.periodHint"
            defaultValue={valueOf(state, 'payPeriod', 'month')}
            error={fieldError(state, 'payPeriod')}
            options={[
              { value: 'month', label: t('employer.pay.period.month') },
              { value: 'hour', label: t('employer.pay.period.hour') },
            ]}
          />
        </div>
        <div className="form-grid">
          <Field name="payMin" label="employer.pay.min" hint="employer.pay.minHint" defaultValue={valueOf(state, 'payMin')} error={fieldError(state, 'payMin')} {...money} />
          <Field name="payMax" label="employer.pay.max" hint="employer.pay.maxHint" defaultValue={valueOf(state, 'payMax')} error={fieldError(state, 'payMax')} {...money} />
        </div>
      </div>
    </fieldset>
  )
}
