import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
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
import { AppShell } from './components/app-shell'
import { getLang } from './i18n/lang.server'
import { translate, type Lang } from './i18n'
import { getPublicEnv } from './utils/env.server'
import { useNonce } from './utils/nonce'
import stylesHref from './styles/app.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesHref },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  return { lang: getLang(request), env: getPublicEnv(), path: url.pathname + url.search, requestId: context.requestId }
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  const lang: Lang = data?.lang ?? 'de'
  const nonce = useNonce()
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
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
    <AppShell path={data.path}>
      <Outlet />
    </AppShell>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const data = useRouteLoaderData<typeof loader>('root')
  const lang: Lang = data?.lang ?? 'de'
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <AppShell path={data?.path ?? '/'}>
      <h1>{translate(lang, notFound ? 'error.notFound.title' : 'error.title')}</h1>
      <p>{translate(lang, notFound ? 'error.notFound.text' : 'error.generic')}</p>
      {!notFound && data?.requestId ? <p>{translate(lang, 'error.requestId', { id: data.requestId })}</p> : null}
      <p>
        <a href="/">{translate(lang, 'error.backHome')}</a>
      </p>
    </AppShell>
  )
}
