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
import { numberFormat } from '~/utils/intl'
import { formatMessage } from './message-format'
import type { Lang, MessageKey, Params } from './types'

export * from './types'

const dictionaries: Record<Lang, Record<MessageKey, string>> = {
  de: {
    ...de, ...accountsDe, ...applicationsDe, ...alertsDe, ...employerDe, ...listingsDe, ...searchDe, ...seekersDe,
    ...importsDe, ...dashboardDe, ...candidatesDe, ...chambersDe, ...eventsDe, ...placesDe, ...counsellingDe, ...retentionDe,
    ...moderationDe,
    ...inputDe,
  },
  en: {
    ...en, ...accountsEn, ...applicationsEn, ...alertsEn, ...employerEn, ...listingsEn, ...searchEn, ...seekersEn,
    ...importsEn, ...dashboardEn, ...candidatesEn, ...chambersEn, ...eventsEn, ...placesEn, ...counsellingEn, ...retentionEn,
    ...moderationEn,
    ...inputEn,
  },
}
export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' }

/** The whole dictionary of one language, for the completeness test. */
export const dictionaryOf = (lang: Lang): Readonly<Record<MessageKey, string>> => dictionaries[lang]

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en'
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
