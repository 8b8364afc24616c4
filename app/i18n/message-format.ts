import { IntlMessageFormat } from 'intl-messageformat'
import type { Params } from './types'

/**
 * Messages are plain text with `{name}` placeholders; a message that needs plural or select forms uses
 * ICU syntax (`{count, plural, one {# Tag} other {# Tagen}}`), which covers languages with more forms
 * than German (Arabic has six). Only those messages go through the ICU parser: plain ones keep the
 * cheap replacement, and their quotes and angle brackets stay literal text.
 */
const ICU_ARGUMENT = /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/
const compiled = new Map<string, IntlMessageFormat>()

export function hasIcuSyntax(text: string): boolean {
  return ICU_ARGUMENT.test(text)
}

export function formatMessage(locale: string, text: string, params?: Params): string {
  if (!hasIcuSyntax(text)) {
    if (!params) return text
    return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`))
  }
  const key = `${locale}\u0000${text}`
  let format = compiled.get(key)
  if (!format) {
    format = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true })
    compiled.set(key, format)
  }
  return String(format.format(params ? numbersOf(params) : {}))
}

// Callers often pass counts already formatted ("1.234", "1 234", "١٬٢٣٤"); plural forms need the number.
const FORMATTED_INTEGER = /^\d{1,3}(?:[.,\u00a0\u202f\u2009 ’'\u066c]\d{3})+$/
const ARABIC_INDIC = /[\u0660-\u0669]/g

function numbersOf(params: Params): Params {
  const result: Params = {}
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') {
      result[name] = value
      continue
    }
    const digits = value.replace(ARABIC_INDIC, (d) => String(d.charCodeAt(0) - 0x0660))
    result[name] = /^\d+$/.test(digits) || FORMATTED_INTEGER.test(digits) ? Number(digits.replace(/\D/g, '')) : value
  }
  return result
}

/** The placeholder names a message uses, ICU arguments included, for the dictionary completeness test. */
export function placeholdersOf(text: string): string[] {
  if (!hasIcuSyntax(text)) return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort()
  const names = new Set<string>()
  const walk = (elements: ReturnType<typeof IntlMessageFormat.prototype.getAst>) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value)
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value)
    }
  }
  walk(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst())
  return [...names].sort()
}
