import type { NextFunction, Request, Response } from 'express'
import { langCookie, langFromCookie, LANG_COOKIE } from '../app/i18n/lang.server'
import { isLang } from '../app/i18n'

/**
 * Keeps the language cookie in step with what the person chose. Runs after the session middleware.
 *
 * - `?lang=uk` on a page view sets the cookie, so a shared link opens in that language and stays in it.
 * - A signed-in person's account language wins over a cookie left from before (another language chosen
 *   while signed out, or on a shared computer): the cookie is rewritten, for this request as well, so
 *   every loader that reads the request sees the account's language. Only the language switch changes
 *   the account (a GET with `?lang=` never writes to it); `?lang=` still decides the one request.
 * - Pages differ by cookie and Accept-Language, which caches must know.
 */
export function languageMiddleware(secure: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.vary('Accept-Language')
    res.vary('Cookie')
    const fromQuery = typeof req.query.lang === 'string' && isLang(req.query.lang) ? req.query.lang : null
    const fromCookie = langFromCookie(req.headers.cookie)
    const accountLang = (res.locals.viewer as { user: { lang: string } } | null)?.user.lang
    const wanted = isLang(accountLang) ? accountLang : req.method === 'GET' ? fromQuery : null
    if (wanted && wanted !== fromCookie) {
      res.append('Set-Cookie', langCookie(wanted, secure))
      if (isLang(accountLang)) req.headers.cookie = withLangCookie(req.headers.cookie, accountLang)
    }
    next()
  }
}

function withLangCookie(header: string | undefined, lang: string): string {
  const others = (header ?? '').split(/;\s*/).filter((pair) => pair && !pair.startsWith(`${LANG_COOKIE}=`))
  return [...others, `${LANG_COOKIE}=${lang}`].join('; ')
}
