import type { accountsDe } from './accounts.de'
import type { alertsDe } from './alerts.de'
import type { applicationsDe } from './applications.de'
import type { de } from './de'
import type { employerDe } from './employer.de'
import type { listingsDe } from './listings.de'
import type { searchDe } from './search.de'
import type { seekersDe } from './seekers.de'
import type { importsDe } from './imports.de'
import type { dashboardDe } from './dashboard.de'
import type { candidatesDe } from './candidates.de'
import type { chambersDe } from './chambers.de'
import type { eventsDe } from './events.de'
import type { placesDe } from './places.de'
import type { counsellingDe } from './counselling.de'
import type { retentionDe } from './retention.de'
import type { moderationDe } from './moderation.de'
import type { inputDe } from './input.de'
import type { languagesDe } from './languages.de'
import type { INTERFACE_LANGS } from '../../values/accounts'

/** Dictionaries are split by area; German holds the keys, every other language must match them. */
export type Dictionary = Record<keyof typeof de, string>
export type MessageKey = keyof typeof de | keyof typeof accountsDe | keyof typeof applicationsDe | keyof typeof alertsDe | keyof typeof employerDe | keyof typeof listingsDe | keyof typeof searchDe | keyof typeof seekersDe
  | keyof typeof importsDe
  | keyof typeof dashboardDe
  | keyof typeof candidatesDe
  | keyof typeof chambersDe
  | keyof typeof eventsDe
  | keyof typeof placesDe
  | keyof typeof counsellingDe
  | keyof typeof retentionDe
  | keyof typeof moderationDe
  | keyof typeof inputDe
  | keyof typeof languagesDe
export type Lang = (typeof INTERFACE_LANGS)[number]
export type Params = Record<string, string | number>
