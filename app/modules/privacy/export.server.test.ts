import { describe, expect, it } from 'vitest'
import { seedListing } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createApplication } from '../applications/applications.test-helper'
import { RETENTION_DEFAULTS, shiftBy } from '../retention/retention-config'
import { exportPersonalData } from './export.server'
import { createCompany, createCounsellingCase, createEndedApplication, createMarkedDocument, createPerson, insertAudit, insertMail } from './retention.test-helper'

const ctx = setupAppDatabase()
const config = RETENTION_DEFAULTS
const day = (date: Date) => date.toISOString().slice(0, 10)

describe('the data export', () => {
  it('says for each item when it will be deleted under the retention schedule', async () => {
    const { db } = ctx
    const lastActiveAt = new Date('2026-11-20T09:00:00Z')
    const person = await createPerson(db, 'Exportierende', { lastActiveAt })
    const { company, chamber } = await createCompany(db)
    const [first, second] = [await seedListing(db, { organizationId: company.id }), await seedListing(db, { organizationId: company.id })]
    const cv = await createMarkedDocument(db, person.id, 'export')
    const endedAt = new Date('2026-10-01T08:00:00Z')
    const ended = await createEndedApplication(db, { listingId: first.id, seekerId: person.id, documentId: cv.id, marker: 'export', status: 'rejected', endedAt })
    const open = await createApplication(db, { listingId: second.id, seekerId: person.id })
    const mailAt = new Date('2026-12-01T10:00:00Z')
    await insertMail(db, { to: person.email, marker: 'export', at: mailAt })
    const noteAt = new Date('2026-11-01T10:00:00Z')
    await createCounsellingCase(db, { chamberId: chamber.id, seekerId: person.id, grantedAt: new Date('2026-09-01T10:00:00Z'), noteAt, marker: 'export' })
    await insertAudit(db, 'export', new Date('2026-12-02T10:00:00Z'))

    const data = await exportPersonalData(person.id, config)
    // Without a sign-in: 24 months, then 3 months after the notice.
    const accountEnd = '2029-02-20'
    expect(data.user).toMatchObject({ deleteOn: accountEnd })
    expect(data.documents.map((d) => d.deleteOn)).toEqual([accountEnd, accountEnd])
    expect(data.seekerProfile).toBeNull()
    const byId = Object.fromEntries(data.applications.map((a) => [a.id, a]))
    expect(byId[ended.id]).toMatchObject({ deleteOn: day(shiftBy(endedAt, config.applicationData)) })
    expect(byId[ended.id].deleteOn).toBe('2027-04-01')
    expect(byId[open.applicationId]).toMatchObject({ deleteOn: null })
    expect(byId[open.applicationId].deletionRule).toMatch(/after the application ends/)
    expect(data.emails).toEqual([expect.objectContaining({ bodyDeletedOn: '2026-12-31', deleteOn: '2027-06-01' })])
    expect(data.counselling.notes).toEqual([expect.objectContaining({ deleteOn: '2027-11-01' })])
    expect(data.counselling.consents).toEqual([expect.objectContaining({ deleteOn: accountEnd })])
    for (const list of [data.sessions, data.emailLinks, data.activity, data.savedSearches, data.bookmarks, data.memberships, data.invitations]) {
      for (const item of list) expect(item.deleteOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })
})
