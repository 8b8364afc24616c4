import { useLang, useT } from '~/i18n'
import type { FacetValue } from '~/modules/search/search-types'
import type { FacetParam } from '~/modules/search/search-params'
import { formatCount } from '~/utils/format'
import { FACET_TITLE, facetValueLabel } from './filter-label'

interface FacetGroupProps {
  formId: string
  param: FacetParam
  values: FacetValue[]
  onToggle: (param: FacetParam, value: string) => void
}

/**
 * One facet as checkboxes with counts. Counts leave out the group's own choice, so ticking a second
 * value adds to the result instead of emptying it.
 */
export function FacetGroup({ formId, param, values, onToggle }: FacetGroupProps) {
  const t = useT()
  const lang = useLang()
  // Values that match nothing are noise, unless they are chosen (and must stay removable).
  const shown = values.filter((facet) => facet.count > 0 || facet.selected)
  if (shown.length === 0) return null
  return (
    <fieldset className="facet">
      <legend>{t(FACET_TITLE[param])}</legend>
      <ul className="facet__values">
        {shown.map((facet) => {
          const id = `facet-${param}-${facet.value.replace(/[^\w-]/g, '_')}`
          return (
            <li key={facet.value}>
              <input
                type="checkbox"
                id={id}
                name={param}
                value={facet.value}
                form={formId}
                checked={facet.selected}
                onChange={() => onToggle(param, facet.value)}
              />
              <label htmlFor={id}>
                <span className="facet__label">{facetValueLabel(t, param, facet)}</span>
                <span className="facet__count">
                  <span className="visually-hidden">(</span>
                  {formatCount(lang, facet.count)}
                  <span className="visually-hidden">)</span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
