import { Field } from '~/components/form/field'
import { SelectField } from '~/components/form/form-controls'
import { useT } from '~/i18n'
import { LANGUAGE_CODES, MAX_LANGUAGES, MAX_QUALIFICATIONS, type ProfileFormValues } from '~/modules/seekers/profile.schema'
import { fieldError, type FormState } from '~/utils/action-data'
import { LANGUAGE_LEVELS, RECOGNITION_STATUSES } from '../../../values/seekers'

/** The saved rows and one empty row to add another; without JavaScript, saving brings the next empty row. */
function withEmptyRow<T>(rows: T[], empty: T, max: number): T[] {
  return rows.length < max ? [...rows, empty] : rows
}

export function LanguageRows({ values, state }: { values: ProfileFormValues; state?: FormState }) {
  const t = useT()
  const choose = { value: '', label: t('profile.choose') }
  const codes = [choose, ...LANGUAGE_CODES.map((code) => ({ value: code, label: t(`language.${code}`) }))]
  const levels = [choose, ...LANGUAGE_LEVELS.map((level) => ({ value: level, label: level === 'native' ? t('languageLevel.native') : level }))]
  return (
    <>
      {withEmptyRow(values.languages, { code: '', level: '' }, MAX_LANGUAGES).map((row, i) => (
        <fieldset key={i} className="row-fieldset">
          <legend>{t('profile.language.row', { n: i + 1 })}</legend>
          <div className="form-grid">
            <SelectField name={`languages.${i}.code`} label="profile.language.code" options={codes} defaultValue={row.code} error={fieldError(state, `languages.${i}.code`)} />
            <SelectField name={`languages.${i}.level`} label="profile.language.level" options={levels} defaultValue={row.level} error={fieldError(state, `languages.${i}.level`)} />
          </div>
        </fieldset>
      ))}
    </>
  )
}

export function QualificationRows({ values, state }: { values: ProfileFormValues; state?: FormState }) {
  const t = useT()
  const statuses = [{ value: '', label: t('profile.choose') }, ...RECOGNITION_STATUSES.map((value) => ({ value, label: t(`recognition.${value}`) }))]
  return (
    <>
      {withEmptyRow(values.qualifications, { title: '', country: '', recognition: '' }, MAX_QUALIFICATIONS).map((row, i) => (
        <fieldset key={i} className="row-fieldset">
          <legend>{t('profile.qualification.row', { n: i + 1 })}</legend>
          <div className="form-grid">
            <Field name={`qualifications.${i}.title`} label="profile.qualification.title" maxLength={120} defaultValue={row.title} error={fieldError(state, `qualifications.${i}.title`)} />
            <Field name={`qualifications.${i}.country`} label="profile.qualification.country" maxLength={80} defaultValue={row.country} error={fieldError(state, `qualifications.${i}.country`)} />
          </div>
          <SelectField
            name={`qualifications.${i}.recognition`}
            label="profile.qualification.recognition"
            options={statuses}
            defaultValue={row.recognition}
            error={fieldError(state, `qualifications.${i}.recognition`)}
          />
        </fieldset>
      ))}
    </>
  )
}
