import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

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

/** Mail to send; without SMTP_URL it stays here and /dev/mail shows it. */
export const outboundEmails = pgTable('outbound_emails', {
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
})

/** Background job state: one row per recurring job, a lease so two workers never run one twice at once. */
export const jobs = pgTable('jobs', {
  name: text('name').primaryKey(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastError: text('last_error'),
})
