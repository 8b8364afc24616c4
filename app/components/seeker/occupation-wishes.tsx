import { Form } from '@remix-run/react'
import { useId } from 'react'
import { Field, FieldError } from '~/components/form/field'
import { useSuggestions } from '~/components/form/use-suggestions'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { OccupationName } from '~/modules/reference/occupation-label'
import { MAX_WISHED_OCCUPATIONS } from '~/modules/seekers/profile.schema'

export interface OccupationItem {
  id: number
  name: string
  kind: 'training' | 'esco'
  /** The label in another language that matched the search ("electrician"). */
  matchedLabel?: string | null
  /** The name in the interface language (occupationLabel); the German name when missing. */
  label?: OccupationName
}

/** The occupation's name in the interface language, marked with its own language where that differs. */
function Name({ occupation, pageLang }: { occupation: OccupationItem; pageLang: string }) {
  const name = occupation.label ?? { text: occupation.name, lang: 'de' }
  return name.lang === pageLang ? <>{name.text}</> : <span lang={name.lang}>{name.text}</span>
}

interface Props {
  chosen: OccupationItem[]
  query: string
  matches: OccupationItem[]
  error?: MessageKey
}

/**
 * Wished occupations: a GET search (works without JavaScript; suggestions while typing with it),
 * then one small POST form per occupation to add or remove it.
 */
export function OccupationWishes({ chosen, query, matches, error }: Props) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const suggestions = useSuggestions(
    (q) => `/api/occupations?${new URLSearchParams({ q })}`,
    (json) => (json as { occupations: OccupationItem[] }).occupations,
  )
  const chosenIds = new Set(chosen.map((o) => o.id))
  const canAdd = chosen.length < MAX_WISHED_OCCUPATIONS
  return (
    <section id="occupations" className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('profile.occupations.title')}</h2>
      <p>{t('profile.occupations.intro')}</p>
      <FieldError error={error} />
      <h3>{t('profile.occupations.chosen')}</h3>
      {chosen.length === 0 ? <p>{t('profile.occupations.empty')}</p> : null}
      <ul className="chosen-list">
        {chosen.map((o) => (
          <li key={o.id}>
            <span>
              <Name occupation={o} pageLang={lang} /> <span className="muted">({t(`profile.occupations.kind.${o.kind}`)})</span>
            </span>
            <Form method="post">
              <input type="hidden" name="occupationId" value={o.id} />
              <button type="submit" name="intent" value="remove-occupation" className="button button--small">
                {t('profile.occupations.remove')}
                <span className="visually-hidden">
                  {' '}
                  <Name occupation={o} pageLang={lang} />
                </span>
              </button>
            </Form>
          </li>
        ))}
      </ul>
      {canAdd ? (
        <Form method="get" className="stack">
          <Field
            name="occupation"
            type="search"
            label="profile.occupations.search"
            hint="profile.occupations.search.hint"
            defaultValue={query}
            list={`${id}-suggestions`}
            autoComplete="off"
            onChange={(e) => suggestions.onQuery(e.currentTarget.value)}
          />
          <datalist id={`${id}-suggestions`}>
            {suggestions.items.map((o) => (
              <option key={o.id} value={o.name}>
                {o.label && o.label.lang === lang && lang !== 'de' ? o.label.text : (o.matchedLabel ?? t(`profile.occupations.kind.${o.kind}`))}
              </option>
            ))}
          </datalist>
          <div className="form-actions">
            <button type="submit" className="button">
              {t('profile.occupations.searchButton')}
            </button>
          </div>
        </Form>
      ) : null}
      {canAdd && query ? (
        matches.length > 0 ? (
          <ul className="chosen-list" aria-label={t('profile.occupations.matches')}>
            {matches
              .filter((o) => !chosenIds.has(o.id))
              .map((o) => (
                <li key={o.id}>
                  <span>
                    <Name occupation={o} pageLang={lang} />{' '}
                    <span className="muted">
                      {o.matchedLabel ? `(${o.matchedLabel}) ` : null}
                      {t(`profile.occupations.kind.${o.kind}`)}
                    </span>
                  </span>
                  <Form method="post">
                    <input type="hidden" name="occupationId" value={o.id} />
                    <input type="hidden" name="occupationQuery" value={query} />
                    <button type="submit" name="intent" value="add-occupation" className="button button--small">
                      {t('profile.occupations.add')}
                      <span className="visually-hidden">
                        {' '}
                        <Name occupation={o} pageLang={lang} />
                      </span>
                    </button>
                  </Form>
                </li>
              ))}
          </ul>
        ) : (
          <p role="status">{t('profile.occupations.none')}</p>
        )
      ) : null}
    </section>
  )
}
