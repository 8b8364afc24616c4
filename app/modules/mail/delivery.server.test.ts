import { eq, sql } from 'drizzle-orm'
import { createTransport } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outboundEmails } from '../../../db/schema'
import { freePort } from '../../../search/launcher'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { countByMessageId, startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink'
import { deliverQueuedMail } from './delivery.server'

const ctx = setupAppDatabase()
const FROM = 'kontakt@passgenau.example'
let sink: SmtpSink

beforeAll(async () => {
  sink = await startSmtpSink()
})
afterAll(async () => {
  await sink?.close()
})

const queue = (n: number, to = 'person@example.org') =>
  ctx.db
    .insert(outboundEmails)
    .values(Array.from({ length: n }, (_, i) => ({ toAddress: to, subject: `Mail ${i}`, textBody: 'Hallo' })))
    .returning({ id: outboundEmails.id })

describe('mail delivery by several senders', () => {
  it('sends each queued mail exactly once when three senders drain the queue at once', async () => {
    const rows = await queue(60, 'many@example.org')
    const senders = Array.from({ length: 3 }, () => createTransport({ url: sink.url, pool: true }))
    const rounds = await Promise.all(senders.map((transport) => deliverQueuedMail(transport, FROM, { limit: 25 })))
    const again = await Promise.all(senders.map((transport) => deliverQueuedMail(transport, FROM, { limit: 25 })))
    senders.forEach((transport) => transport.close())
    expect([...rounds, ...again].reduce((sum, round) => sum + round.sent, 0)).toBe(60)
    const counts = countByMessageId(sink.received.filter((m) => m.to.includes('many@example.org')))
    expect(rows.map((row) => counts.get(`<mail-${row.id}@passgenau.example>`))).toEqual(rows.map(() => 1))
  })

  it('leaves a mail another sender holds alone, and sends it once that sender’s lease has ended', async () => {
    const [row] = await queue(1, 'held@example.org')
    await ctx.db.update(outboundEmails).set({ claimedBy: 'dead-sender', nextAttemptAt: sql`now() + interval '5 minutes'` }).where(eq(outboundEmails.id, row.id))
    const transport = createTransport({ url: sink.url })
    expect((await deliverQueuedMail(transport, FROM)).claimed).toBe(0)
    await ctx.db.update(outboundEmails).set({ nextAttemptAt: sql`now() - interval '1 second'` }).where(eq(outboundEmails.id, row.id))
    expect((await deliverQueuedMail(transport, FROM)).sent).toBe(1)
    expect(sink.received.filter((m) => m.to.includes('held@example.org'))).toHaveLength(1)
  })

  it('puts a mail the SMTP server would not take back with a growing wait, not at once', async () => {
    const [row] = await queue(1, 'later@example.org')
    const nowhere = createTransport({ url: `smtp://127.0.0.1:${await freePort()}`, connectionTimeout: 2_000 })
    expect(await deliverQueuedMail(nowhere, FROM)).toMatchObject({ claimed: 1, sent: 0, failed: 1 })
    const [after] = await ctx.db.select().from(outboundEmails).where(eq(outboundEmails.id, row.id))
    expect(after).toMatchObject({ attempts: 1, sentAt: null, claimedBy: null })
    expect(after.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000)
    expect(after.lastError).toBeTruthy()
    expect((await deliverQueuedMail(nowhere, FROM)).claimed).toBe(0)
  })
})
