import { and, eq, isNull, lte, sql, type SQL } from 'drizzle-orm'
import { getEnv } from '~/utils/env.server'
import { Invalid } from '~/utils/errors'
import { getLogger } from '~/utils/logger.server'
import { getDb, type Database } from '../../../db/client'
import { retentionNotices, users } from '../../../db/schema'
import { eraseUser } from './user-data.server'
import { queueMail } from '../mail/mail.server'
import { cutoff, shiftBy, type RetentionConfig } from '../retention/retention-config'
import { formatPeriod, formatRetentionDate } from '../retention/retention-text'
import { timestamp } from './sql-time'

const NOTICE = 'inactive-account'
const BATCH = 200
/** One notice per stretch of inactivity: a person who signs in and later falls silent again is told again. */
const inactivityKey = sql<string>`${users.id}::text || ':' || (extract(epoch from ${users.lastActiveAt}) * 1000000)::bigint::text`
const notifiedWhileInactive = (sentBy: Date) =>
  sql`exists (select 1 from ${retentionNotices} where ${retentionNotices.kind} = ${NOTICE} and ${retentionNotices.userId} = ${users.id} and ${retentionNotices.sentAt} > ${users.lastActiveAt} and ${retentionNotices.sentAt} <= ${timestamp(sentBy)})`

/** Erases each account the condition still holds for (checked again on the locked row); returns how many went. */
async function eraseWhere(condition: SQL | undefined, now: Date, db: Database): Promise<number> {
  const due = await db.select({ id: users.id }).from(users).where(condition).limit(BATCH)
  let erased = 0
  for (const { id } of due) {
    try {
      if (await eraseUser(id, { onlyIf: condition, now })) erased++
    } catch (error) {
      // The last owner of a team with other members: the team must hand over first; try again next round.
      if (!(error instanceof Invalid)) throw error
      getLogger().warn({ userId: id }, 'retention: account kept, the person is the last owner of a team')
    }
  }
  return erased
}

/** Accounts whose address was never confirmed go after the configured days, with everything they hold. */
export function deleteUnverifiedAccounts(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  return eraseWhere(and(isNull(users.emailVerifiedAt), lte(users.createdAt, timestamp(cutoff(now, config.unverifiedAccount)))), now, db)
}

/**
 * Tells each person inactive for the configured months that the account will be deleted unless they
 * sign in. The notice row (keyed by person and start of inactivity) goes in with ON CONFLICT DO
 * NOTHING in the mail's transaction, so several workers send it once.
 */
export async function sendInactivityNotices(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  const inactiveSince = timestamp(cutoff(now, config.inactiveAccount))
  const due = await db
    .select({ id: users.id, email: users.email, name: users.name, lang: users.lang, key: inactivityKey })
    .from(users)
    .where(and(lte(users.lastActiveAt, inactiveSince), sql`not exists (select 1 from ${retentionNotices} where ${retentionNotices.kind} = ${NOTICE} and ${retentionNotices.subjectKey} = ${inactivityKey})`))
    .limit(BATCH)
  const deletionDate = shiftBy(now, config.inactiveGrace)
  let sent = 0
  for (const user of due) {
    const sentNow = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(retentionNotices)
        .values({ kind: NOTICE, subjectKey: user.key, userId: user.id, sentAt: now })
        .onConflictDoNothing()
        .returning({ key: retentionNotices.subjectKey })
      if (inserted.length === 0) return false
      await queueMail(
        {
          to: user.email,
          template: 'account-inactive',
          lang: user.lang,
          params: {
            name: user.name,
            period: formatPeriod(user.lang, config.inactiveAccount),
            date: formatRetentionDate(user.lang, deletionDate),
            link: `${getEnv().APP_ORIGIN}/login`,
          },
        },
        tx,
      )
      return true
    })
    if (sentNow) sent++
  }
  return sent
}

/** Deletes accounts told long enough ago and not signed in since; forgets notices of people who came back. */
export async function deleteInactiveAccounts(now: Date, config: RetentionConfig, db: Database = getDb()): Promise<number> {
  await db
    .delete(retentionNotices)
    .where(
      and(
        eq(retentionNotices.kind, NOTICE),
        sql`exists (select 1 from ${users} where ${users.id} = ${retentionNotices.userId} and ${users.lastActiveAt} >= ${retentionNotices.sentAt})`,
      ),
    )
  return eraseWhere(notifiedWhileInactive(cutoff(now, config.inactiveGrace)), now, db)
}
