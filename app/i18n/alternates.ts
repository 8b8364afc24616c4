import { type Lang } from './types'
import { INTERFACE_LANGS } from '../../values/accounts'

// Pages anyone may read and search engines may list; personal, staff and form pages get no alternates.
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/jobs$/,
  /^\/jobs\/[^/]+$/,
  /^\/events(\/[^/.]+)?$/,
  /^\/chambers(\/[^/]+)?$/,
  /^\/companies\/[^/]+$/,
  /^\/(impressum|datenschutz|barrierefreiheit|transparenz)$/,
  /^\/about\/data$/,
]

export const isPublicPage = (pathname: string) => PUBLIC_PAGES.some((page) => page.test(pathname))

/**
 * The address of a page in one language: the page's own address with `?lang=` set (other parameters,
 * such as a search, kept in their order). Without a language it is the address that negotiates
 * (x-default), so `lang` is removed.
 */
export function addressIn(origin: string, path: string, lang: Lang | null): string {
  // Built onto the origin piece by piece: resolving `path` against it would let `//host/…` leave the site.
  const url = new URL(origin)
  const query = path.indexOf('?')
  url.pathname = query < 0 ? path : path.slice(0, query)
  url.search = query < 0 ? '' : path.slice(query)
  url.hash = ''
  url.searchParams.delete('lang')
  if (lang) url.searchParams.set('lang', lang)
  return url.toString()
}

export interface Alternate {
  hrefLang: string
  href: string
}

/** `hreflang` alternates of a public page: one per interface language and x-default. */
export function languageAlternates(origin: string, path: string): Alternate[] {
  if (!isPublicPage(path.split('?')[0]!)) return []
  return [
    ...INTERFACE_LANGS.map((lang) => ({ hrefLang: lang, href: addressIn(origin, path, lang) })),
    { hrefLang: 'x-default', href: addressIn(origin, path, null) },
  ]
}
