import { translate, type Lang, type MessageKey } from '~/i18n'
import { activeFilters, type SearchInput } from '../search/search-params'
import { SEARCH_NAME_MAX } from './alerts.schema'

/**
 * A name for a saved search when the person gave none: what they typed, where, which offer types,
 * and how many other filters — e.g. "Mechatroniker · Goslar (+25 km) · Ausbildung + 2 Filter".
 */
export function deriveSearchName(input: SearchInput, lang: Lang): string {
  const parts: string[] = []
  if (input.q) parts.push(input.q)
  if (input.where) parts.push(input.radius ? translate(lang, 'alerts.name.where', { where: input.where, radius: input.radius }) : input.where)
  if (input.type.length > 0) parts.push(input.type.map((type) => translate(lang, `offerType.${type}` as MessageKey)).join(', '))
  let name = parts.length > 0 ? parts.join(' · ') : translate(lang, 'alerts.name.all')
  const others = activeFilters(input).filter((filter) => filter !== 'type').length
  if (others > 0) name += ` ${translate(lang, 'alerts.name.moreFilters', { count: others })}`
  return name.length > SEARCH_NAME_MAX ? `${name.slice(0, SEARCH_NAME_MAX - 1)}…` : name
}
