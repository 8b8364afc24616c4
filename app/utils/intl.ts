/**
 * Intl formatters are costly to build (locale data lookup) and cheap to use: a result page formats
 * dozens of prices and dates, so each distinct formatter is built once per process and reused.
 */
const cache = new Map<string, unknown>()

function cached<T>(kind: string, locale: string, options: object | undefined, build: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`
  let formatter = cache.get(key) as T | undefined
  if (!formatter) {
    formatter = build()
    cache.set(key, formatter)
  }
  return formatter
}

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options))
export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  cached('datetime', locale, options, () => new Intl.DateTimeFormat(locale, options))
export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions) =>
  cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options))
export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions) =>
  cached('plural', locale, options, () => new Intl.PluralRules(locale, options))
export const collator = (locale: string, options?: Intl.CollatorOptions) => cached('collator', locale, options, () => new Intl.Collator(locale, options))

const BERLIN_DAY = { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' } as const

/** The calendar day of an instant in Germany as "YYYY-MM-DD" (the Harz's midnight, not UTC's). */
export const berlinDate = (at: Date): string => dateTimeFormat('en-CA', BERLIN_DAY).format(at)
