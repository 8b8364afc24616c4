import { and, eq, gt, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { listings, outboundEmails, searchOutbox } from '../../db/schema'
import type { SearchHandle } from '../../search/client'
import { countByMessageId, type SmtpSink } from '../support/smtp-sink'

export interface LoadChecks {
  mail: { rows: number; delivered: number; lost: number; duplicated: number; unknown: number }
  outboxDepth: number
  index: { published: number; documents: number; missing: number; extra: number }
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500))
}

const countOf = async (query: Promise<Array<{ n: number }>>) => Number((await query)[0]?.n ?? 0)

/**
 * After the load: the workers get up to two minutes to send the last mail and drain the outbox,
 * then every mail row must have reached the sink exactly once and the index must hold exactly
 * the published listings.
 */
export async function checkAfterLoad(db: Database, search: SearchHandle, sink: SmtpSink, domain: string): Promise<LoadChecks> {
  const unsent = () => countOf(db.select({ n: sql<number>`count(*)` }).from(outboundEmails).where(isNull(outboundEmails.sentAt)))
  const pending = () => countOf(db.select({ n: sql<number>`count(*)` }).from(searchOutbox).where(isNull(searchOutbox.processedAt)))
  await waitFor(async () => (await unsent()) === 0 && (await pending()) === 0, 120_000)
  // Long enough for a second copy of any mail to arrive, were one sent.
  await new Promise((resolve) => setTimeout(resolve, 5_000))

  const rows = await db.select({ id: outboundEmails.id }).from(outboundEmails)
  const counts = countByMessageId(sink.received)
  const ids = new Set(rows.map((row) => `<mail-${row.id}@${domain}>`))
  const mail = {
    rows: rows.length,
    delivered: sink.received.length,
    lost: [...ids].filter((id) => !counts.has(id)).length,
    duplicated: [...ids].filter((id) => (counts.get(id) ?? 0) > 1).length,
    unknown: [...counts.keys()].filter((id) => !ids.has(id)).length,
  }

  const open = and(eq(listings.status, 'published'), or(isNull(listings.expiresAt), gt(listings.expiresAt, sql`now()`)))
  const published = new Set((await db.select({ id: listings.id }).from(listings).where(open)).map((row) => row.id))
  const documents = new Set<number>()
  for (let offset = 0; ; offset += 1_000) {
    const page = await search.client.index(search.listingsIndex).getDocuments({ fields: ['id'], limit: 1_000, offset })
    for (const doc of page.results) documents.add(Number(doc.id))
    if (page.results.length < 1_000) break
  }
  const index = {
    published: published.size,
    documents: documents.size,
    missing: [...published].filter((id) => !documents.has(id)).length,
    extra: [...documents].filter((id) => !published.has(id)).length,
  }
  return { mail, outboxDepth: await pending(), index }
}

export const checksPass = (checks: LoadChecks) =>
  checks.mail.lost === 0 && checks.mail.duplicated === 0 && checks.mail.unknown === 0 && checks.outboxDepth === 0 && checks.index.missing === 0 && checks.index.extra === 0
