import { and, asc, eq, isNull, lt } from 'drizzle-orm'
import type { Transporter } from 'nodemailer'
import { getDb } from '../../../db/client'
import { outboundEmails } from '../../../db/schema'

const MAX_ATTEMPTS = 8

/** Sends queued mail through SMTP; each row is marked as sent right after its own delivery. */
export async function deliverQueuedMail(transport: Transporter, from: string, limit = 20): Promise<number> {
  const db = getDb()
  const pending = await db
    .select()
    .from(outboundEmails)
    .where(and(isNull(outboundEmails.sentAt), isNull(outboundEmails.bodyRemovedAt), lt(outboundEmails.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(outboundEmails.id))
    .limit(limit)
  let sent = 0
  for (const mail of pending) {
    try {
      await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody ?? undefined })
      await db.update(outboundEmails).set({ sentAt: new Date() }).where(eq(outboundEmails.id, mail.id))
      sent++
    } catch (error) {
      await db
        .update(outboundEmails)
        .set({ attempts: mail.attempts + 1, lastError: error instanceof Error ? error.message : String(error) })
        .where(eq(outboundEmails.id, mail.id))
    }
  }
  return sent
}
