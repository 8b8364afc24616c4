import { createCampaign } from '../../../app/modules/chambers/campaigns.server'
import { checkCampaignFields } from '../../../app/modules/events/events.schema'
import { seedEvent } from '../../../app/modules/events/events.test-helper'
import { PUBLIC, chamberStaff, employers, fixture, type MatrixArea } from './matrix-kit'

/**
 * Chamber pages and events are public; managing them is for the organiser's own people. `chamber`
 * staffs the chamber that organises `eventOfChamber` and runs `campaignOfChamber`, `owner` belongs
 * to company A, which organises `eventOfCompany`: the other chamber and the other company's recruiter
 * get 404 for them. Forms carry invalid input, so the allowed roles get field errors and nothing changes.
 */
const ids = { eventOfChamber: '', eventOfCompany: '', campaignOfChamber: '' }

export const area: MatrixArea = {
  setup: async () => {
    ids.eventOfChamber = (await seedEvent(fixture.db, fixture.chamber)).id
    ids.eventOfCompany = (await seedEvent(fixture.db, fixture.companyA)).id
    ids.campaignOfChamber = await createCampaign({ chamberId: fixture.chamber, input: checkCampaignFields({ title: 'Lehrstellen-Aktion', startsOn: '2026-06-01', endsOn: '2026-08-31' }) }, fixture.db)
  },
  entries: {
    'chambers._index.tsx': PUBLIC,
    'chambers.$slug.tsx': PUBLIC,
    'events._index.tsx': PUBLIC,
    'events.$id.tsx': PUBLIC,
    'events.$id[.]ics.ts': PUBLIC,
    'chamber.events.tsx': {
      path: '/chamber/events?edit=:id',
      params: () => ({ id: ids.eventOfChamber }),
      loader: { ...chamberStaff, otherChamber: 404 },
      action: { ...chamberStaff, otherChamber: 404, form: () => ({ intent: 'update', id: ids.eventOfChamber, title: '' }) },
    },
    'chamber.campaigns.tsx': {
      path: '/chamber/campaigns?edit=:id',
      params: () => ({ id: ids.campaignOfChamber }),
      loader: { ...chamberStaff, otherChamber: 404 },
      action: { ...chamberStaff, otherChamber: 404, form: () => ({ intent: 'update', id: ids.campaignOfChamber, title: '' }) },
    },
    'employer.events.tsx': {
      path: '/employer/events?edit=:id',
      params: () => ({ id: ids.eventOfCompany }),
      loader: { ...employers, otherRecruiter: 404 },
      action: { ...employers, otherRecruiter: 404, form: () => ({ intent: 'update', id: ids.eventOfCompany, title: '' }) },
    },
  },
}
