import type { MessageKey } from './types'
import { tr } from './tr'
import { accountsTr } from './accounts.tr'
import { applicationsTr } from './applications.tr'
import { alertsTr } from './alerts.tr'
import { employerTr } from './employer.tr'
import { listingsTr } from './listings.tr'
import { searchTr } from './search.tr'
import { seekersTr } from './seekers.tr'
import { importsTr } from './imports.tr'
import { dashboardTr } from './dashboard.tr'
import { candidatesTr } from './candidates.tr'
import { chambersTr } from './chambers.tr'
import { eventsTr } from './events.tr'
import { placesTr } from './places.tr'
import { counsellingTr } from './counselling.tr'
import { retentionTr } from './retention.tr'
import { moderationTr } from './moderation.tr'
import { inputTr } from './input.tr'
import { languagesTr } from './languages.tr'

/** The whole Turkish dictionary, area by area in the same order as German. */
export const trMessages: Record<MessageKey, string> = {
  ...tr, ...accountsTr, ...applicationsTr, ...alertsTr, ...employerTr, ...listingsTr, ...searchTr, ...seekersTr,
  ...importsTr, ...dashboardTr, ...candidatesTr, ...chambersTr, ...eventsTr, ...placesTr, ...counsellingTr, ...retentionTr,
  ...moderationTr,
  ...inputTr,
  ...languagesTr,
}
