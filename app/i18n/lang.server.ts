import { isLang, type Lang } from './index'
import { negotiateLang } from './negotiate'

export const LANG_COOKIE = 'lang'
const COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${LANG_COOKIE}=([a-z]{2})(?:;|$)`)

/** A language named in the address (`?lang=uk`), if it is one of ours; anything else is ignored. */
export function langFromQuery(url: URL): Lang | null {
  const value = url.searchParams.get('lang')
  return isLang(value) ? value : null
}

export function langFromCookie(cookieHeader: string | null | undefined): Lang | null {
  const value = COOKIE_VALUE.exec(cookieHeader ?? '')?.[1]
  return isLang(value) ? value : null
}

/**
 * The language of this request: one named in the address, then the one chosen before (the cookie;
 * for a signed-in person the server keeps it equal to the account's, see server/language.ts), then
 * the browser's preferences, then German.
 */
export function getLang(request: Request): Lang {
  return (
    langFromQuery(new URL(request.url)) ??
    langFromCookie(request.headers.get('cookie')) ??
    negotiateLang(request.headers.get('accept-language'))
  )
}

export function langCookie(lang: Lang, secure: boolean): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`
}
