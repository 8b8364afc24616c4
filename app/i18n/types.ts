import type { accountsDe } from './accounts.de'
import type { alertsDe } from './alerts.de'
import type { de } from './de'
import type { employerDe } from './employer.de'
import type { listingsDe } from './listings.de'
import type { searchDe } from './search.de'

/** Dictionaries are split by area; German holds the keys, every other language must match them. */
export type Dictionary = Record<keyof typeof de, string>
export type MessageKey = keyof typeof de | keyof typeof accountsDe | keyof typeof alertsDe | keyof typeof employerDe | keyof typeof listingsDe | keyof typeof searchDe
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type Params = Record<string, string | number>
