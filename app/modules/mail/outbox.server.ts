import { desc } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { outboundEmails } from '../../../db/schema'

export async function listOutboundMail(limit: number) {
  const rows = await getDb()
    .select({ id: outboundEmails.id, to: outboundEmails.toAddress, subject: outboundEmails.subject, text: outboundEmails.textBody, createdAt: outboundEmails.createdAt })
    .from(outboundEmails)
    .orderBy(desc(outboundEmails.id))
    .limit(limit)
  return rows.map((row) => ({ ...row, links: row.text.match(/https?:\/\/\S+/g) ?? [] }))
}
