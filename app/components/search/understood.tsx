import { Link } from '@remix-run/react'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { RelatedOccupation } from '~/modules/search/search-types'
import type { SearchInput } from '~/modules/search/search-params'
import { searchHref } from '~/modules/search/search-url'
import type { UnderstoodPart, UnderstoodSummary } from '~/modules/search/understanding/apply'
import { formatCount, pluralKey } from '~/utils/format'

const KIND_TITLE: Record<UnderstoodPart['kind'], MessageKey> = {
  occupation: 'search.understood.occupation',
  type: 'search.understood.type',
  time: 'search.understood.time',
  place: 'search.understood.place',
}

function partLabel(t: ReturnType<typeof useT>, part: UnderstoodPart): string {
  if (part.kind === 'type') return part.values.map((value) => t(`offerType.${value}` as MessageKey)).join(', ')
  if (part.kind === 'time') return part.values.map((value) => t(`workingTime.${value}` as MessageKey)).join(', ')
  return part.label ?? part.text
}

/**
 * What the search read out of the text ("Beruf: Kfz-Mechatroniker/in · Ort: Nordhausen · Ausbildung"),
 * each part with a link that drops it, and a link to search the words as typed instead.
 */
export function Understood({ input, understood }: { input: SearchInput; understood?: UnderstoodSummary }) {
  const t = useT()
  if (input.literal && input.q) {
    return (
      <p className="understood">
        {t('search.understood.literal', { q: input.q })} <Link to={searchHref(input, { literal: false })}>{t('search.understood.understand')}</Link>
      </p>
    )
  }
  if (!understood) return null
  return (
    <div className="understood">
      <p className="understood__title" id="understood-title">
        {t('search.understood.title')}
      </p>
      <ul className="understood__parts" aria-labelledby="understood-title">
        {understood.parts.map((part) => {
          const label = partLabel(t, part)
          return (
            <li key={`${part.kind}-${part.text}`} className="understood__part">
              <span>
                {t(KIND_TITLE[part.kind])}: <strong lang={part.kind === 'occupation' ? 'de' : undefined}>{label}</strong>
              </span>{' '}
              <Link to={searchHref(input, { q: part.withoutPart })} className="understood__remove" aria-label={t('search.understood.remove', { part: label })}>
                <span aria-hidden="true">×</span>
              </Link>
            </li>
          )
        })}
        {understood.freeText ? (
          <li className="understood__part">
            {t('search.understood.words')}: <strong>{understood.freeText}</strong>
          </li>
        ) : null}
      </ul>
      <p className="understood__literal">
        <Link to={searchHref(input, { literal: true })}>{t('search.understood.literalLink', { q: input.q })}</Link>
      </p>
    </div>
  )
}

/** Related occupations with open places, for a thin result. */
export function RelatedOccupations({ input, related }: { input: SearchInput; related?: RelatedOccupation[] }) {
  const t = useT()
  const lang = useLang()
  if (!related?.length) return null
  return (
    <div className="related">
      <p id="related-title">{t('search.related.title')}</p>
      <ul aria-labelledby="related-title">
        {related.map((occupation) => (
          <li key={occupation.name}>
            <Link to={searchHref(input, { q: occupation.name, literal: false })} lang="de">
              {occupation.name}
            </Link>{' '}
            ({t(pluralKey(lang, occupation.count, { one: 'search.suggest.count.one', other: 'search.suggest.count.other' }), { count: formatCount(lang, occupation.count) })})
          </li>
        ))}
      </ul>
    </div>
  )
}
