import { getDb, type Database } from '../../../db/client'
import { auditLog } from '../../../db/schema'

interface AuditEntry {
  actorId: string | null
  action: string
  targetType?: string
  targetId?: string
  /** Ids, kinds and counts only: never names, addresses or e-mails. */
  meta?: Record<string, string | number | boolean>
}

export async function recordAudit(entry: AuditEntry, tx: Database = getDb()) {
  await tx.insert(auditLog).values({ ...entry, meta: entry.meta ?? {} })
}
