import type { MetaDescriptor } from '@remix-run/node'
import { isLang, translate, type Lang, type MessageKey } from '~/i18n'

type Match = { id: string; data: unknown }

/** The language the root loader chose; meta functions run outside React, so they cannot use hooks. */
export function langFromMatches(matches: Match[]): Lang {
  const root = matches.find((match) => match.id === 'root')?.data as { lang?: unknown } | undefined
  return isLang(root?.lang) ? root.lang : 'de'
}

/** Title and description of a page in the visitor's language, with its canonical address when given. */
export function pageMeta(
  matches: Match[],
  title: MessageKey,
  description: MessageKey,
  opts: { titleSuffix?: string; canonical?: string } = {},
): MetaDescriptor[] {
  const lang = langFromMatches(matches)
  return [
    { title: `${translate(lang, title)}${opts.titleSuffix ?? ''}` },
    { name: 'description', content: translate(lang, description) },
    ...(opts.canonical ? [{ tagName: 'link', rel: 'canonical', href: opts.canonical }] : []),
    { property: 'og:title', content: translate(lang, title) },
    { property: 'og:description', content: translate(lang, description) },
  ]
}
