import { useNavigate } from '@remix-run/react'
import { useId, useState, type KeyboardEvent } from 'react'
import { FieldFrame } from '~/components/form/field'
import { useHydrated } from '~/components/use-hydrated'
import { useT } from '~/i18n'
import type { OccupationChoice } from './occupation-picker'
import { useSuggestions } from '~/components/form/use-suggestions'

interface Props {
  defaultValue: string
  /** The offer type the suggestions are for (an Ausbildung offers training occupations only). */
  offerType: string
  /** The address that picks an occupation, as the no-JavaScript result links use it. */
  pickHref: (option: OccupationChoice) => string
}

/**
 * The occupation search field as a WAI-ARIA 1.2 combobox with a list box: suggestions from
 * /api/occupations while typing, arrows move, Enter picks, Escape closes, and a live region says how
 * many were found. Picking loads the same address as a result link. Before JavaScript runs it is a
 * plain text field of the GET form, and the search button lists the matches as links.
 */
export function OccupationCombobox({ defaultValue, offerType, pickHref }: Props) {
  const t = useT()
  const isHydrated = useHydrated()
  const navigate = useNavigate()
  const listboxId = useId()
  const [isOpen, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const suggestions = useSuggestions(
    (q) => `/api/occupations?${new URLSearchParams({ q, type: offerType })}`,
    (json) => (json as { occupations: OccupationChoice[] }).occupations,
  )
  const items = suggestions.items
  const isExpanded = isHydrated && isOpen && items.length > 0
  const optionId = (index: number) => `${listboxId}-option-${index}`
  const choose = (option: OccupationChoice) => {
    setOpen(false)
    navigate(pickHref(option))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => (!isOpen || current < 0 ? (step > 0 ? 0 : items.length - 1) : (current + step + items.length) % items.length))
    } else if (event.key === 'Enter' && isExpanded && active >= 0) {
      event.preventDefault()
      choose(items[active])
    } else if (event.key === 'Enter') {
      // No suggestion chosen: the form is submitted as a search, and its matches show as links.
      setOpen(false)
    } else if (event.key === 'Escape' && isExpanded) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }
  const comboboxProps = isHydrated
    ? {
        role: 'combobox',
        'aria-autocomplete': 'list' as const,
        'aria-expanded': isExpanded,
        'aria-controls': listboxId,
        'aria-activedescendant': isExpanded && active >= 0 ? optionId(active) : undefined,
      }
    : {}
  return (
    <div className="combobox">
      <FieldFrame label="employer.occupation.search" hint="employer.occupation.searchHint">
        {({ id, describedBy }) => (
          <input
            id={id}
            name="occupation"
            defaultValue={defaultValue}
            autoComplete="off"
            aria-describedby={describedBy}
            {...comboboxProps}
            onChange={(event) => {
              suggestions.onQuery(event.currentTarget.value)
              setOpen(true)
              setActive(-1)
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
        )}
      </FieldFrame>
      {isHydrated ? (
        <ul id={listboxId} role="listbox" aria-label={t('employer.occupation.matches')} className="combobox__listbox" hidden={!isExpanded}>
          {items.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              // Keep the focus in the field; the click picks.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.name} <OccupationNote option={option} />
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="visually-hidden">
        {isHydrated && isOpen && suggestions.answered !== null ? t('employer.occupation.count', { count: items.length }) : ''}
      </p>
    </div>
  )
}

/** What kind of occupation an option is, and the label that matched when it is not the name ("electrician"). */
export function OccupationNote({ option }: { option: Pick<OccupationChoice, 'kind' | 'matchedLabel'> }) {
  const t = useT()
  return (
    <span className="muted">
      {option.matchedLabel ? `(${option.matchedLabel}) ` : null}
      {t(`employer.occupation.kind.${option.kind}`)}
    </span>
  )
}
