import { Form, useFetcher } from '@remix-run/react'
import { useEffect, useRef, type RefObject } from 'react'
import { SearchIcon } from '~/components/icons'
import { useT } from '~/i18n'
import { RADII, type SearchInput } from '~/modules/search/search-params'

export interface PlaceOption {
  value: string
  label: string
}

interface SearchBarProps {
  formId: string
  input: SearchInput
  /** Shown before any typing (and without JavaScript): the district towns. */
  defaultPlaces: PlaceOption[]
  qRef: RefObject<HTMLInputElement>
  whereRef: RefObject<HTMLInputElement>
  onTyping: () => void
  onRadiusChange: (radius: number) => void
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void
}

const SUGGEST_DELAY_MS = 150

/** What and where: the GET form every search goes through, with or without JavaScript. */
const ignoreAbort = (error: unknown) => {
  if ((error as { name?: string })?.name !== 'AbortError') console.error(error)
}

export function SearchBar({ formId, input, defaultPlaces, qRef, whereRef, onTyping, onRadiusChange, onSubmit }: SearchBarProps) {
  const t = useT()
  const places = useFetcher<{ places: PlaceOption[] }>()
  const suggestTimer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(suggestTimer.current), [])

  const onWhereInput = (value: string) => {
    onTyping()
    clearTimeout(suggestTimer.current)
    if (value.trim().length < 2) return
    // A newer keystroke aborts the previous load; that rejection is expected, not an error.
    suggestTimer.current = setTimeout(() => {
      Promise.resolve(places.load(`/api/places?${new URLSearchParams({ q: value.trim() })}`)).catch(ignoreAbort)
    }, SUGGEST_DELAY_MS)
  }
  const options = places.data?.places?.length ? places.data.places : defaultPlaces

  return (
    <Form id={formId} method="get" action="/jobs" className="search-bar" role="search" aria-label={t('search.form.label')} onSubmit={onSubmit}>
      <div className="field search-bar__what">
        <label htmlFor="jobs-q">{t('search.q.label')}</label>
        <input
          ref={qRef}
          id="jobs-q"
          name="q"
          type="search"
          defaultValue={input.q}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="jobs-q-hint"
          onChange={onTyping}
        />
        <p id="jobs-q-hint" className="field__hint">
          {t('search.q.hint')}
        </p>
      </div>
      <div className="field search-bar__where">
        <label htmlFor="jobs-where">{t('search.where.label')}</label>
        <input
          ref={whereRef}
          id="jobs-where"
          name="where"
          type="text"
          defaultValue={input.where}
          autoComplete="off"
          list="jobs-where-places"
          aria-describedby="jobs-where-hint"
          onChange={(event) => onWhereInput(event.currentTarget.value)}
        />
        <datalist id="jobs-where-places">
          {options.map((place) => (
            <option key={place.value} value={place.value} label={place.label} />
          ))}
        </datalist>
        <p id="jobs-where-hint" className="field__hint">
          {t('search.where.hint')}
        </p>
      </div>
      <div className="field search-bar__radius">
        <label htmlFor="jobs-radius">{t('search.radius.label')}</label>
        <select
          id="jobs-radius"
          name="radius"
          value={String(input.radius ?? 25)}
          onChange={(event) => onRadiusChange(Number(event.currentTarget.value))}
        >
          {RADII.map((km) => (
            <option key={km} value={km}>
              {t('search.radius.option', { km })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary search-bar__submit">
        <SearchIcon />
        <span>{t('search.submit')}</span>
      </button>
    </Form>
  )
}
