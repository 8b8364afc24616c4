import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { langCookie } from '~/i18n/lang.server'
import { rememberLanguage } from '~/modules/auth/account-settings.server'
import { getUser } from '~/http/guards.server'
import { getEnv, servesHttps } from '~/utils/env.server'
import { safeRedirect } from '~/utils/safe-redirect'
import { INTERFACE_LANGS } from '../../values/accounts'

const LanguageForm = z.object({ lang: z.enum(INTERFACE_LANGS), redirectTo: z.unknown() })

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = LanguageForm.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) return new Response('Bad Request', { status: 400 })
  const { lang, redirectTo } = parsed.data
  const user = getUser(context)
  if (user && user.lang !== lang) await rememberLanguage(user.id, lang)
  return redirect(withoutLangParam(safeRedirect(redirectTo)), { headers: { 'Set-Cookie': langCookie(lang, servesHttps(getEnv())) } })
}

export const loader = () => redirect('/')

/** A `?lang=` left in the address would overrule the choice just made on the page it leads back to. */
function withoutLangParam(path: string): string {
  const url = new URL(path, 'http://passgenau.invalid')
  url.searchParams.delete('lang')
  return `${url.pathname}${url.search}${url.hash}`
}
