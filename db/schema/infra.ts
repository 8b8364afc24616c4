import { sql } from 'drizzle-orm'
import { bigint, bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Every write that changes what search shows adds a row here in the same transaction;
 * the sync loop drains it into Meilisearch. Rows are marked processed, never dropped.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entity: text('entity', { enum: ['listing', 'organization'] }).notNull(),
    entityId: text('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [index('search_outbox_pending_idx').on(t.processedAt, t.nextAttemptAt)],
)

/**
 * Mail to send; without SMTP_URL it stays here and /dev/mail shows it. A sender claims rows by
 * setting `claimed_by` and pushing `next_attempt_at` out by its lease, so several workers never
 * send one row twice, and a dead worker's rows come back when the lease ends.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toAddress: text('to_address').notNull(),
    /** Which mail it was; kept after the subject and body are removed (see docs/retention.md). */
    template: text('template'),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Subject and body removed by the retention job; such a row is never sent. */
    bodyRemovedAt: timestamp('body_removed_at', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text('claimed_by'),
  },
  (t) => [index('outbound_emails_pending_idx').on(t.nextAttemptAt).where(sql`${t.sentAt} is null`)],
)

/**
 * Background job state: one row per recurring job. `locked_until`/`locked_by` are the lease of the
 * runner doing the job now; `last_run_at` spaces the runs out over all processes; `runs` and
 * `failures` count every run in the whole installation (read by /metrics).
 */
export const jobs = pgTable('jobs', {
  name: text('name').primaryKey(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lockedBy: text('locked_by'),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastError: text('last_error'),
  runs: bigint('runs', { mode: 'number' }).notNull().default(0),
  failures: bigint('failures', { mode: 'number' }).notNull().default(0),
})
