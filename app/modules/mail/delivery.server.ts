import { randomUUID } from 'node:crypto'
import { and, asc, eq, inArray, isNull, lt, lte, sql } from 'drizzle-orm'
import type { Transporter } from 'nodemailer'
import { getDb, type Database } from '../../../db/client'
import { outboundEmails } from '../../../db/schema'

export const MAX_ATTEMPTS = 8
/**
 * How long a claimed mail stays invisible to other senders. Each mail's lease is checked and
 * renewed right before it is handed to SMTP, so only one SMTP conversation has to fit in it
 * (the transport gives up after a minute; see createMailTransport).
 */
const LEASE = sql`now() + interval '5 minutes'`
const BACKOFF_MAX_S = 3600

export interface DeliveryRound {
  claimed: number
  sent: number
  failed: number
}

/**
 * Sends queued mail through SMTP. Rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease, so
 * any number of workers send side by side and each mail goes out once; a failed mail is retried with
 * backoff (1 min, 2 min, 4 min … at most an hour) and given up after 8 attempts. Every message
 * carries the row's id as its Message-ID, so a receiver can tell a re-sent copy from a new mail.
 */
export async function deliverQueuedMail(transport: Transporter, from: string, opts: { limit?: number; db?: Database } = {}): Promise<DeliveryRound> {
  const db = opts.db ?? getDb()
  const runner = randomUUID()
  const claimed = await claimMail(db, runner, opts.limit ?? 20)
  const round: DeliveryRound = { claimed: claimed.length, sent: 0, failed: 0 }
  const domain = from.split('@')[1] ?? 'passgenau.invalid'
  for (const mail of claimed) {
    // Still ours? A round that stalled past its lease leaves the mail to whoever took it over.
    const [held] = await db
      .update(outboundEmails)
      .set({ nextAttemptAt: LEASE })
      .where(and(eq(outboundEmails.id, mail.id), eq(outboundEmails.claimedBy, runner), isNull(outboundEmails.sentAt), isNull(outboundEmails.bodyRemovedAt)))
      .returning({ id: outboundEmails.id })
    if (!held) continue
    try {
      await transport.sendMail({
        from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody ?? undefined,
        messageId: `<mail-${mail.id}@${domain}>`,
      })
      await db.update(outboundEmails).set({ sentAt: sql`now()`, claimedBy: null }).where(eq(outboundEmails.id, mail.id))
      round.sent++
    } catch (error) {
      round.failed++
      const backoffS = Math.min(60 * 2 ** mail.attempts, BACKOFF_MAX_S)
      await db
        .update(outboundEmails)
        .set({
          attempts: sql`${outboundEmails.attempts} + 1`,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffS})`,
          claimedBy: null,
        })
        .where(eq(outboundEmails.id, mail.id))
    }
  }
  return round
}

function claimMail(db: Database, runner: string, limit: number) {
  const due = db
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    // A row whose body the retention job removed is never sent.
    .where(and(isNull(outboundEmails.sentAt), isNull(outboundEmails.bodyRemovedAt), lt(outboundEmails.attempts, MAX_ATTEMPTS), lte(outboundEmails.nextAttemptAt, sql`now()`)))
    .orderBy(asc(outboundEmails.id))
    .limit(limit)
    .for('update', { skipLocked: true })
  return db
    .update(outboundEmails)
    .set({ nextAttemptAt: LEASE, claimedBy: runner })
    .where(inArray(outboundEmails.id, due))
    .returning({
      id: outboundEmails.id,
      toAddress: outboundEmails.toAddress,
      subject: outboundEmails.subject,
      textBody: outboundEmails.textBody,
      htmlBody: outboundEmails.htmlBody,
      attempts: outboundEmails.attempts,
    })
    .then((rows) => rows.sort((a, b) => a.id - b.id))
}
