import { Form, Link } from '@remix-run/react'
import { useState } from 'react'
import { useT } from '~/i18n'
import { SelectField } from '~/components/form/form-controls'
import { OccupationCombobox, OccupationNote } from './occupation-combobox'
import { OFFER_TYPES } from '../../../values/listings'

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
 * (the page reloads with `?occupation=` and lists the matches as links); with JavaScript the field
 * is a combobox that suggests occupations while typing.
 */
export function OccupationPicker({ offerType, query, matches, chosen, withOfferType, keep = {} }: Props) {
  const t = useT()
  // The suggestions follow the offer type chosen in this form, before it is submitted.
  const [type, setType] = useState(offerType)
  const pickHref = (id: number, words: string = query, offer: string = offerType) =>
    `?${new URLSearchParams({ ...keep, type: offer, occupation: words, occupationId: String(id) })}`
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
            onChange={(e) => setType(e.currentTarget.value)}
            options={OFFER_TYPES.map((v) => ({ value: v, label: t(`offerType.${v}`) }))}
          />
        ) : (
          <input type="hidden" name="type" value={offerType} />
        )}
        <OccupationCombobox defaultValue={query} offerType={type} pickHref={(option) => pickHref(option.id, option.name, type)} />
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
                <Link to={pickHref(o.id)}>{t('employer.occupation.pick', { name: o.name })}</Link> <OccupationNote option={o} />
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
