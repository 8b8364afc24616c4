import { Form, Link } from '@remix-run/react'
import { Field } from '~/components/form/field'
import { useT } from '~/i18n'
import { OFFER_TYPE_VALUES } from '~/modules/search/search-params'
import { SelectField } from './form-controls'
import { useSuggestions } from './use-suggestions'

export interface OccupationChoice {
  id: number
  name: string
  kind: 'training' | 'esco'
  durationMonths: number | null
  matchedLabel: string | null
}

interface Props {
  offerType: string
  query: string
  matches: OccupationChoice[]
  chosen: OccupationChoice | null
  /** On a new listing the offer type is chosen here too; when editing it stays in the main form. */
  withOfferType?: boolean
  /** Other parameters of the page (e.g. a search's filters) that picking an occupation must keep. */
  keep?: Record<string, string>
}

/**
 * Step one of the listing form: find the occupation. A GET form, so it works without JavaScript
 * (the page reloads with `?occupation=`); with JavaScript a datalist suggests names while typing.
 */
export function OccupationPicker({ offerType, query, matches, chosen, withOfferType, keep = {} }: Props) {
  const t = useT()
  const suggestions = useSuggestions(
    (q) => `/api/occupations?${new URLSearchParams({ q, type: offerType })}`,
    (json) => (json as { occupations: OccupationChoice[] }).occupations,
  )
  const pickHref = (id: number) => `?${new URLSearchParams({ ...keep, type: offerType, occupation: query, occupationId: String(id) })}`
  return (
    <section className="stack" aria-labelledby="occupation-step">
      <h2 id="occupation-step">{t('employer.occupation.step')}</h2>
      <Form method="get" className="form-section">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {withOfferType ? (
          <SelectField
            name="type"
            label="employer.listing.offerType"
            defaultValue={offerType}
            options={OFFER_TYPE_VALUES.map((v) => ({ value: v, label: t(`offerType.${v}`) }))}
          />
        ) : (
          <input type="hidden" name="type" value={offerType} />
        )}
        <Field
          name="occupation"
          label="employer.occupation.search"
          hint="employer.occupation.searchHint"
          defaultValue={query}
          list="occupation-suggestions"
          autoComplete="off"
          onChange={(e) => suggestions.onQuery(e.currentTarget.value)}
        />
        <datalist id="occupation-suggestions">
          {suggestions.items.map((o) => (
            <option key={o.id} value={o.name}>
              {o.matchedLabel ?? t(`employer.occupation.kind.${o.kind}`)}
            </option>
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('employer.occupation.searchButton')}
          </button>
        </div>
      </Form>
      {query && !chosen ? (
        matches.length ? (
          <ul className="occupation-matches" aria-label={t('employer.occupation.matches')}>
            {matches.map((o) => (
              <li key={o.id}>
                <Link to={pickHref(o.id)}>{t('employer.occupation.pick', { name: o.name })}</Link>{' '}
                <span className="muted">
                  {o.matchedLabel ? `(${o.matchedLabel}) ` : null}
                  {t(`employer.occupation.kind.${o.kind}`)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">{t('employer.occupation.none')}</p>
        )
      ) : null}
    </section>
  )
}
