import { useRouteLoaderData } from '@remix-run/react'
import { accountsDe } from './accounts.de'
import { accountsEn } from './accounts.en'
import { alertsDe } from './alerts.de'
import { alertsEn } from './alerts.en'
import { applicationsDe } from './applications.de'
import { applicationsEn } from './applications.en'
import { de } from './de'
import { employerDe } from './employer.de'
import { employerEn } from './employer.en'
import { en } from './en'
import { listingsDe } from './listings.de'
import { listingsEn } from './listings.en'
import { searchDe } from './search.de'
import { searchEn } from './search.en'
import { seekersDe } from './seekers.de'
import { seekersEn } from './seekers.en'
import { importsDe } from './imports.de'
import { importsEn } from './imports.en'
import { dashboardDe } from './dashboard.de'
import { dashboardEn } from './dashboard.en'
import { candidatesDe } from './candidates.de'
import { candidatesEn } from './candidates.en'
import { chambersDe } from './chambers.de'
import { chambersEn } from './chambers.en'
import { eventsDe } from './events.de'
import { eventsEn } from './events.en'
import { placesDe } from './places.de'
import { placesEn } from './places.en'
import { counsellingDe } from './counselling.de'
import { counsellingEn } from './counselling.en'
import { retentionDe } from './retention.de'
import { retentionEn } from './retention.en'
import { moderationDe } from './moderation.de'
import { moderationEn } from './moderation.en'
import { inputDe } from './input.de'
import { inputEn } from './input.en'
import { languagesDe } from './languages.de'
import { languagesEn } from './languages.en'
import { numberFormat } from '~/utils/intl'
import { arMessages } from './all.ar'
import { trMessages } from './all.tr'
import { ukMessages } from './all.uk'
import { formatMessage } from './message-format'
import { type Lang, type MessageKey, type Params } from './types'
import { INTERFACE_LANGS } from '../../values/accounts'

export * from './types'

/**
 * German and English are complete at compile time. The other languages may lack keys while they are
 * being translated (translate() falls back to German); the completeness test in dictionaries.test.ts
 * is what insists on every key.
 */
const dictionaries: { de: Record<MessageKey, string>; en: Record<MessageKey, string> } & Record<Lang, Partial<Record<MessageKey, string>>> = {
  de: {
    ...de, ...accountsDe, ...applicationsDe, ...alertsDe, ...employerDe, ...listingsDe, ...searchDe, ...seekersDe,
    ...importsDe, ...dashboardDe, ...candidatesDe, ...chambersDe, ...eventsDe, ...placesDe, ...counsellingDe, ...retentionDe,
    ...moderationDe,
    ...inputDe,
    ...languagesDe,
  },
  en: {
    ...en, ...accountsEn, ...applicationsEn, ...alertsEn, ...employerEn, ...listingsEn, ...searchEn, ...seekersEn,
    ...importsEn, ...dashboardEn, ...candidatesEn, ...chambersEn, ...eventsEn, ...placesEn, ...counsellingEn, ...retentionEn,
    ...moderationEn,
    ...inputEn,
    ...languagesEn,
  },
  uk: ukMessages,
  ar: arMessages,
  tr: trMessages,
}

/**
 * Dates, numbers and currency follow the interface language; times stay in Europe/Berlin everywhere.
 * Arabic uses Western digits (0–9, `nu-latn`), deliberately: everything a reader compares a number
 * with here is written that way — postcodes they type into the search, phone numbers, salaries and
 * dates inside the German listing texts, German documents and letters. Mixing ٣٨٦٤٠ in the interface
 * with 38640 in the listing beside it would be harder to read, not easier. The Gregorian calendar is
 * the `ar` default and stays.
 */
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB', uk: 'uk-UA', ar: 'ar-u-nu-latn', tr: 'tr-TR' }

/** Writing direction of each interface language, for `dir` on the page and on language names. */
export const DIRECTIONS: Record<Lang, 'ltr' | 'rtl'> = { de: 'ltr', en: 'ltr', uk: 'ltr', ar: 'rtl', tr: 'ltr' }

/** Each language named in itself, for the language menu (its own words, whatever the page's language). */
export const LANG_NAMES: Record<Lang, string> = { de: 'Deutsch', en: 'English', uk: 'Українська', ar: 'العربية', tr: 'Türkçe' }

/** The whole dictionary of one language, for the completeness test. */
export function dictionaryOf(lang: 'de' | 'en'): Readonly<Record<MessageKey, string>>
export function dictionaryOf(lang: Lang): Readonly<Partial<Record<MessageKey, string>>>
export function dictionaryOf(lang: Lang) {
  return dictionaries[lang]
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (INTERFACE_LANGS as readonly string[]).includes(value)
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const own = dictionaries[lang][key]
  const text = own ?? dictionaries.de[key] ?? key
  return formatMessage(LOCALES[own === undefined ? 'de' : lang], text, params)
}

export type Translate = (key: MessageKey, params?: Params) => string

export function useLang(): Lang {
  const data = useRouteLoaderData<{ lang?: Lang }>('root')
  return isLang(data?.lang) ? data.lang : 'de'
}

export function useT(): Translate {
  const lang = useLang()
  return (key, params) => translate(lang, key, params)
}

export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(LOCALES[lang], options).format(value)
}
