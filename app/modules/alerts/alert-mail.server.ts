import { translate, type Lang } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import { formatCount, pluralKey } from '~/utils/format'
import type { ListingHit } from '../search/search-types'
import { searchPath } from './saved-searches.server'
import { signUnsubscribeToken } from './unsubscribe-token.server'

/** A mail lists this many new listings; the rest are a click away in the search. */
export const MAX_LISTED = 10

interface AlertMail {
  savedSearchId: string
  searchName: string
  query: string
  userName: string
  lang: Lang
  hits: ListingHit[]
  unsubscribeKey: Uint8Array
}

/** The parameters of the `search-alert` template: the new listings, the whole search, the way out. */
export function alertMailParams({ savedSearchId, searchName, query, userName, lang, hits, unsubscribeKey }: AlertMail) {
  const origin = getEnv().APP_ORIGIN
  const items = hits
    .slice(0, MAX_LISTED)
    .map((hit) => translate(lang, 'alerts.mail.item', { title: hit.title, company: hit.company.name, place: hit.place, link: `${origin}${hit.url}` }))
  if (hits.length > MAX_LISTED) items.push(translate(lang, 'alerts.mail.more', { count: formatCount(lang, hits.length - MAX_LISTED) }))
  const countKey = pluralKey(lang, hits.length, { one: 'alerts.mail.count.one', other: 'alerts.mail.count.other' } as const)
  const unsubscribe = new URLSearchParams({ id: savedSearchId, token: signUnsubscribeToken(savedSearchId, unsubscribeKey) })
  return {
    name: userName,
    search: searchName,
    countText: translate(lang, countKey, { count: formatCount(lang, hits.length) }),
    // Blank lines between items: the HTML part makes each one a paragraph.
    list: items.join('\n\n'),
    searchLink: `${origin}${searchPath(query)}`,
    unsubscribeLink: `${origin}/alerts/unsubscribe?${unsubscribe}`,
  }
}
