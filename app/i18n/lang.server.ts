import { isLang, type Lang } from './index'

export const LANG_COOKIE = 'lang'

/** German unless the person chose English (cookie) or asks for it once (?lang=en). */
export function getLang(request: Request): Lang {
  const fromQuery = new URL(request.url).searchParams.get('lang')
  if (isLang(fromQuery)) return fromQuery
  const cookie = request.headers.get('cookie') ?? ''
  const match = /(?:^|;\s*)lang=(de|en)(?:;|$)/.exec(cookie)
  return match && isLang(match[1]) ? match[1] : 'de'
}

export function langCookie(lang: Lang, secure: boolean): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`
}
