import { Link } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { useLang, useT } from '~/i18n'
import type { Facets } from '~/modules/search/search-types'
import { activeFilters, FACET_PARAMS, SINCE_CHOICES, type FacetParam, type SearchInput } from '~/modules/search/search-params'
import { searchHref } from '~/modules/search/search-url'
import { withoutFilter } from '~/modules/search/suggestions'
import { pluralKey } from '~/utils/format'
import { FacetGroup } from './facet-group'
import { CERTIFICATES, GERMAN_LEVELS } from '../../../values/listings'

interface FilterPanelProps {
  formId: string
  /** The search as the person is shaping it (ahead of the URL while a request runs). */
  draft: SearchInput
  facets: Facets
  onToggle: (param: FacetParam, value: string) => void
  onChange: (changes: Partial<SearchInput>, opts?: { debounce?: boolean }) => void
}

/**
 * Opens by itself on wide screens, where it is a sidebar; on phones (and without JavaScript) it
 * stays folded above the results, its summary counting the active filters.
 */
const WIDE = '(min-width: 60rem)'

/** Every filter of the search; its fields belong to the search form through their `form` attribute. */
export function FilterPanel({ formId, draft, facets, onToggle, onChange }: FilterPanelProps) {
  const t = useT()
  const lang = useLang()
  const details = useRef<HTMLDetailsElement>(null)
  const active = activeFilters(draft).length
  useEffect(() => {
    if (details.current && window.matchMedia(WIDE).matches) details.current.open = true
  }, [])

  const withDraft = (param: FacetParam) => {
    const known = new Set(facets[param].map((f) => f.value))
    const missing = draft[param].filter((v) => !known.has(v)).map((value) => ({ value, label: null, count: 0, selected: true }))
    return [...facets[param], ...missing].map((f) => ({ ...f, selected: (draft[param] as string[]).includes(f.value) }))
  }
  const select = (name: 'cert' | 'german' | 'since') => (event: React.ChangeEvent<HTMLSelectElement>) => {
    const value = event.currentTarget.value
    onChange({ [name]: value === '' ? null : name === 'since' ? Number(value) : value })
  }

  return (
    <details ref={details} className="filters">
      <summary className="filters__summary">
        <h2 className="filters__title">{t('search.filters.title')}</h2>
        {active > 0 ? (
          <span className="filters__active">{t(pluralKey(lang, active, { one: 'search.filters.active.one', other: 'search.filters.active.other' }), { count: active })}</span>
        ) : null}
      </summary>
      <div className="filters__body">
        {FACET_PARAMS.map((param) => (
          <FacetGroup key={param} formId={formId} param={param} values={withDraft(param)} onToggle={onToggle} />
        ))}
        <div className="field">
          <label htmlFor="filter-start">{t('search.filter.start')}</label>
          <input id="filter-start" type="month" name="start" form={formId} value={draft.start ?? ''} onChange={(e) => onChange({ start: e.currentTarget.value || null })} />
        </div>
        <div className="field">
          <label htmlFor="filter-cert">{t('search.filter.cert')}</label>
          <select id="filter-cert" name="cert" form={formId} value={draft.cert ?? ''} onChange={select('cert')} aria-describedby="filter-cert-hint">
            <option value="">{t('search.filter.any')}</option>
            {CERTIFICATES.map((value) => (
              <option key={value} value={value}>
                {t(`certificate.${value}`)}
              </option>
            ))}
          </select>
          <p id="filter-cert-hint" className="field__hint">
            {t('search.filter.cert.hint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="filter-german">{t('search.filter.german')}</label>
          <select id="filter-german" name="german" form={formId} value={draft.german ?? ''} onChange={select('german')} aria-describedby="filter-german-hint">
            <option value="">{t('search.filter.any')}</option>
            {GERMAN_LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`germanLevel.${value}`)}
              </option>
            ))}
          </select>
          <p id="filter-german-hint" className="field__hint">
            {t('search.filter.german.hint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="filter-salary">{t('search.filter.salary')}</label>
          <input
            id="filter-salary"
            type="number"
            name="salary"
            form={formId}
            min={0}
            step={50}
            inputMode="numeric"
            value={draft.salary ?? ''}
            aria-describedby="filter-salary-hint"
            onChange={(e) => onChange({ salary: e.currentTarget.value === '' ? null : Math.max(0, Math.round(Number(e.currentTarget.value))) }, { debounce: true })}
          />
          <p id="filter-salary-hint" className="field__hint">
            {t('search.filter.salary.hint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="filter-since">{t('search.filter.since')}</label>
          <select id="filter-since" name="since" form={formId} value={draft.since ?? ''} onChange={select('since')}>
            <option value="">{t('search.filter.any')}</option>
            {SINCE_CHOICES.map((days) => (
              <option key={days} value={days}>
                {t(pluralKey(lang, days, { one: 'search.filter.since.one', other: 'search.filter.since.other' }), { count: days })}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__flags">
          <Flag formId={formId} name="refugees" checked={draft.refugees} label={t('search.filter.refugees')} onChange={(refugees) => onChange({ refugees })} />
          <Flag formId={formId} name="germancourse" checked={draft.germancourse} label={t('search.filter.germancourse')} onChange={(germancourse) => onChange({ germancourse })} />
          <Flag formId={formId} name="verified" checked={draft.verified} label={t('search.filter.verified')} onChange={(verified) => onChange({ verified })} />
        </div>
        <div className="filters__actions">
          <button type="submit" form={formId} className="button button--primary">
            {t('search.filters.apply')}
          </button>
          {active > 0 ? <Link to={searchHref(withoutFilters(draft), {})}>{t('search.filters.reset')}</Link> : null}
        </div>
      </div>
    </details>
  )
}

/** The search with its text, place and sort, and no filter. */
function withoutFilters(input: SearchInput): SearchInput {
  return activeFilters(input).reduce(withoutFilter, input)
}

function Flag({ formId, name, checked, label, onChange }: { formId: string; name: string; checked: boolean; label: string; onChange: (checked: boolean) => void }) {
  return (
    <div className="flag">
      <input type="checkbox" id={`filter-${name}`} name={name} value="1" form={formId} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={`filter-${name}`}>{label}</label>
    </div>
  )
}
