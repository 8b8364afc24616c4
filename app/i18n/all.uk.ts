import type { MessageKey } from './types'
import { uk } from './uk'
import { accountsUk } from './accounts.uk'
import { applicationsUk } from './applications.uk'
import { alertsUk } from './alerts.uk'
import { employerUk } from './employer.uk'
import { listingsUk } from './listings.uk'
import { searchUk } from './search.uk'
import { seekersUk } from './seekers.uk'
import { importsUk } from './imports.uk'
import { dashboardUk } from './dashboard.uk'
import { candidatesUk } from './candidates.uk'
import { chambersUk } from './chambers.uk'
import { eventsUk } from './events.uk'
import { placesUk } from './places.uk'
import { counsellingUk } from './counselling.uk'
import { retentionUk } from './retention.uk'
import { moderationUk } from './moderation.uk'
import { inputUk } from './input.uk'
import { languagesUk } from './languages.uk'

/** The whole Ukrainian dictionary, merged in the same order as German. */
export const ukMessages: Record<MessageKey, string> = {
  ...uk, ...accountsUk, ...applicationsUk, ...alertsUk, ...employerUk, ...listingsUk, ...searchUk, ...seekersUk,
  ...importsUk, ...dashboardUk, ...candidatesUk, ...chambersUk, ...eventsUk, ...placesUk, ...counsellingUk, ...retentionUk,
  ...moderationUk,
  ...inputUk,
  ...languagesUk,
}
