import type { MessageKey } from './types'
import { ar } from './ar'
import { accountsAr } from './accounts.ar'
import { alertsAr } from './alerts.ar'
import { applicationsAr } from './applications.ar'
import { candidatesAr } from './candidates.ar'
import { chambersAr } from './chambers.ar'
import { counsellingAr } from './counselling.ar'
import { dashboardAr } from './dashboard.ar'
import { employerAr } from './employer.ar'
import { eventsAr } from './events.ar'
import { importsAr } from './imports.ar'
import { inputAr } from './input.ar'
import { languagesAr } from './languages.ar'
import { listingsAr } from './listings.ar'
import { moderationAr } from './moderation.ar'
import { placesAr } from './places.ar'
import { retentionAr } from './retention.ar'
import { searchAr } from './search.ar'
import { seekersAr } from './seekers.ar'

/** The whole Arabic dictionary, every area merged. */
export const arMessages: Record<MessageKey, string> = {
  ...ar, ...accountsAr, ...applicationsAr, ...alertsAr, ...employerAr, ...listingsAr, ...searchAr, ...seekersAr,
  ...importsAr, ...dashboardAr, ...candidatesAr, ...chambersAr, ...eventsAr, ...placesAr, ...counsellingAr, ...retentionAr,
  ...moderationAr,
  ...inputAr,
  ...languagesAr,
}
