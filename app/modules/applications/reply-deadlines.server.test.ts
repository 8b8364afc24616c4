import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { applications } from '../../../db/schema'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { checkWith } from '~/utils/form-check'
import { ApplyForm, MessageForm, StatusForm } from './applications.schema'
import { applyToListing } from './apply.server'
import { createCompanyWithListing, createSeeker, mailsTo } from './applications.test-helper'
import { addInternalNote, changeApplicationStatus, sendCompanyMessage } from './pipeline-actions.server'
import { listCompanyApplications } from './pipeline.server'
import { countOverdueApplications, getReplyStats, markOverdueApplications, sendReplyReminders } from './reply-deadlines.server'

const ctx = setupAppDatabase()

// The worker's clock, passed in: "now" is whatever the test says.
const NOW = new Date()
const DAY = 86_400_000
const at = (days: number, hours = 0) => new Date(NOW.getTime() + days * DAY + hours * 3_600_000)

let company: Awaited<ReturnType<typeof createCompanyWithListing>>

beforeAll(async () => {
  company = await createCompanyWithListing(ctx.db, { name: 'Fristen GmbH' })
})

async function applyAt(when: Date, listingId = company.listing.id) {
  const seeker = await createSeeker(ctx.db)
  return (await applyToListing({ listingId, seekerId: seeker.id, input: ApplyForm.parse({}), now: when })).id
}

const reminders = async (email: string) => (await mailsTo(ctx.db, email)).filter((m) => m.subject.startsWith('Bewerbungen warten') || m.subject.startsWith('Applications have been waiting'))

describe('reply deadlines', () => {
  it('reminds the company once after 7 days of silence, and marks the application overdue after 14', async () => {
    const id = await applyAt(NOW)
    const answered = await applyAt(NOW)
    await sendCompanyMessage({ organizationId: company.company.id, applicationId: answered, actorId: company.owner.id, input: checkWith(MessageForm, { text: 'Wir melden uns bald.' }), now: at(1) })

    await sendReplyReminders(at(6, 23))
    expect(await reminders(company.owner.email)).toHaveLength(0)
    expect(await sendReplyReminders(at(7))).toBe(1)
    const german = await reminders(company.owner.email)
    const english = await reminders(company.recruiter.email)
    expect(german).toHaveLength(1)
    expect(german[0].subject).toBe('Bewerbungen warten seit einer Woche auf Ihre Antwort (1)')
    expect(german[0].textBody).toContain(`/employer/applications/${id}`)
    expect(german[0].textBody).not.toContain(answered)
    expect(english[0].subject).toBe('Applications have been waiting a week for your answer (1)')

    // Once per silence: a later run reminds of the answered one (7 days after the answer), not again of this one.
    await sendReplyReminders(at(8))
    const later = await reminders(company.owner.email)
    expect(later).toHaveLength(2)
    expect(later[1].textBody).toContain(answered)
    expect(later[1].textBody).not.toContain(id)

    await markOverdueApplications(at(13, 23))
    expect(await countOverdueApplications(company.company.id)).toBe(0)
    await markOverdueApplications(at(14))
    await markOverdueApplications(at(14, 12))
    expect(await countOverdueApplications(company.company.id)).toBe(1)
    const [row] = await ctx.db.select().from(applications).where(eq(applications.id, id))
    expect(row.overdueAt).toEqual(at(14))
    const { items } = await listCompanyApplications({ organizationId: company.company.id, listingId: company.listing.id })
    expect(items.find((i) => i.id === id)?.isOverdue).toBe(true)
    expect(items.find((i) => i.id === answered)?.isOverdue).toBe(false)
    expect((await listCompanyApplications({ organizationId: company.company.id, onlyOverdue: true })).items.map((i) => i.id)).toEqual([id])
  })

  it('restarts the clock with each answer the seeker can see, but not with an internal note', async () => {
    const setup = await createCompanyWithListing(ctx.db, { name: 'Uhr GmbH' })
    const organizationId = setup.company.id
    const actorId = setup.owner.id
    const id = await applyAt(NOW, setup.listing.id)
    const rowOf = async () => (await ctx.db.select().from(applications).where(eq(applications.id, id)))[0]
    await addInternalNote({ organizationId, applicationId: id, actorId, input: checkWith(MessageForm, { text: 'Später ansehen' }), now: at(5) })
    await sendReplyReminders(at(7))
    expect((await rowOf()).reminderSentAt).toEqual(at(7))
    await markOverdueApplications(at(14))
    expect(await countOverdueApplications(organizationId)).toBe(1)

    await changeApplicationStatus({ organizationId, applicationId: id, actorId, input: checkWith(StatusForm, { status: 'in_review' }), now: at(15) })
    expect(await countOverdueApplications(organizationId)).toBe(0)
    expect(await rowOf()).toMatchObject({ reminderSentAt: null, overdueAt: null, lastCompanyActionAt: at(15) })
    await sendReplyReminders(at(21, 23))
    expect((await rowOf()).reminderSentAt).toBeNull()
    await sendReplyReminders(at(22))
    expect((await rowOf()).reminderSentAt).toEqual(at(22))
    expect(await reminders(setup.owner.email)).toHaveLength(2)
  })
})

describe('median time to first reply', () => {
  it('is shown only once the company has answered five applications', async () => {
    const setup = await createCompanyWithListing(ctx.db, { name: 'Antwort GmbH' })
    const organizationId = setup.company.id
    const replyAfterDays = [1, 2, 3, 5]
    for (const days of replyAfterDays) {
      const id = await applyAt(NOW, setup.listing.id)
      await changeApplicationStatus({ organizationId, applicationId: id, actorId: setup.owner.id, input: checkWith(StatusForm, { status: 'in_review' }), now: at(days, -2) })
    }
    // An unanswered application and a note do not count.
    const waiting = await applyAt(NOW, setup.listing.id)
    await addInternalNote({ organizationId, applicationId: waiting, actorId: setup.owner.id, input: checkWith(MessageForm, { text: 'Notiz' }), now: at(1) })
    expect(await getReplyStats({ organizationId })).toBeNull()

    const fifth = await applyAt(NOW, setup.listing.id)
    await sendCompanyMessage({ organizationId, applicationId: fifth, actorId: setup.owner.id, input: checkWith(MessageForm, { text: 'Danke!' }), now: at(4, -2) })
    // Replies after 22 h, 46 h, 70 h, 94 h and 118 h: the median is 70 h, "within 3 days".
    expect(await getReplyStats({ organizationId })).toEqual({ replies: 5, medianDays: 3 })
    expect(await getReplyStats({ slug: setup.company.slug })).toEqual({ replies: 5, medianDays: 3 })
  })
})
