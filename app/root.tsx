import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { AccountMenu } from './components/account-menu'
import { AppShell } from './components/app-shell'
import { getLang } from './i18n/lang.server'
import { languageAlternates } from './i18n/alternates'
import { DIRECTIONS, translate, type Lang, type MessageKey } from './i18n'
import { getEnv, getPublicEnv } from './utils/env.server'
import { useNonce } from './utils/nonce'
import stylesHref from './styles/app.css?url'
import formsHref from './styles/forms.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesHref },
  { rel: 'stylesheet', href: formsHref },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const lang: Lang = data?.lang ?? 'de'
  const status = isRouteErrorResponse(error) ? error.status : error ? 500 : 200
  const key: MessageKey = status === 200 ? 'home.meta.title' : (ERROR_TEXTS[status] ?? ERROR_TEXTS[status >= 500 ? 500 : 400])[0]
  return [{ title: status === 200 ? translate(lang, key) : `${translate(lang, key)} – Passgenau` }]
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const user = context.viewer?.user
  return {
    lang: getLang(request),
    env: getPublicEnv(),
    path: url.pathname + url.search,
    alternates: languageAlternates(getEnv().APP_ORIGIN, url.pathname + url.search),
    requestId: context.requestId,
    user: user ? { name: user.name, role: user.role } : null,
  }
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  const lang: Lang = data?.lang ?? 'de'
  const nonce = useNonce()
  // An error page is no language version of anything; only pages that rendered get alternates.
  const alternates = useRouteError() ? [] : (data?.alternates ?? [])
  return (
    <html lang={lang} dir={DIRECTIONS[lang]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {alternates.map((alternate) => (
          <link key={alternate.hrefLang} rel="alternate" hrefLang={alternate.hrefLang} href={alternate.href} />
        ))}
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  const data = useLoaderData<typeof loader>()
  return (
    <AppShell path={data.path} account={<AccountMenu user={data.user} />}>
      <Outlet />
    </AppShell>
  )
}

const ERROR_TEXTS: Record<number, [MessageKey, MessageKey]> = {
  400: ['input.badRequest.title', 'input.badRequest.text'],
  403: ['error.forbidden.title', 'error.forbidden.text'],
  404: ['error.notFound.title', 'error.notFound.text'],
  409: ['input.conflict.title', 'input.conflict.text'],
  413: ['input.payloadTooLarge.title', 'input.payloadTooLarge'],
  415: ['input.unsupportedMediaType.title', 'input.unsupportedMediaType'],
  422: ['input.badRequest.title', 'input.badRequest.text'],
  429: ['error.tooManyRequests.title', 'error.tooManyRequests'],
  500: ['error.title', 'error.generic'],
}

/** Statuses the person can act on get their own words; anything else is the generic page with the request id. */
export function ErrorBoundary() {
  const error = useRouteError()
  const data = useRouteLoaderData<typeof loader>('root')
  const lang: Lang = data?.lang ?? 'de'
  const status = isRouteErrorResponse(error) ? error.status : 500
  const [title, generic] = ERROR_TEXTS[status] ?? ERROR_TEXTS[status >= 500 ? 500 : 400]
  // The error mapping (utils/error-responses.server.ts) names the precise reason as a dictionary key.
  const reason = isRouteErrorResponse(error) && status < 500 ? (error.data as { message?: unknown } | null)?.message : undefined
  const text = typeof reason === 'string' ? (reason as MessageKey) : generic
  return (
    <AppShell path={data?.path ?? '/'} account={<AccountMenu user={data?.user ?? null} />}>
      <h1>{translate(lang, title)}</h1>
      <p>{translate(lang, text)}</p>
      {status >= 500 && data?.requestId ? <p>{translate(lang, 'error.requestId', { id: data.requestId })}</p> : null}
      <p>
        <a href="/">{translate(lang, 'error.backHome')}</a>
      </p>
    </AppShell>
  )
}
