import type { accountsDe } from './accounts.de'
import type { alertsDe } from './alerts.de'
import type { applicationsDe } from './applications.de'
import type { de } from './de'
import type { employerDe } from './employer.de'
import type { listingsDe } from './listings.de'
import type { searchDe } from './search.de'
import type { seekersDe } from './seekers.de'

/** Dictionaries are split by area; German holds the keys, every other language must match them. */
export type Dictionary = Record<keyof typeof de, string>
export type MessageKey = keyof typeof de | keyof typeof accountsDe | keyof typeof applicationsDe | keyof typeof alertsDe | keyof typeof employerDe | keyof typeof listingsDe | keyof typeof searchDe | keyof typeof seekersDe
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type Params = Record<string, string | number>
