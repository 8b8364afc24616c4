import { sql } from 'drizzle-orm'
import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './accounts'
import { ALERT_FREQUENCIES } from '../../values/saved-searches'

/** A /jobs search a person keeps; the worker mails what is new in it daily or weekly. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The canonical /jobs query string (no page, no size), so the same search is saved once. */
    query: text('query').notNull(),
    frequency: text('frequency', { enum: ALERT_FREQUENCIES }).notNull().default('daily'),
    /** When the alert last ran, whether or not it found anything to mail. */
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    /** Listings published after this are "new"; it moves forward with every run. */
    lastSeenPublishedAt: timestamp('last_seen_published_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Also serves every per-user lookup (user_id leads).
  (t) => [uniqueIndex('saved_searches_user_query_unique').on(t.userId, t.query)],
)

/**
 * Secrets the installation makes for itself on first use (e.g. the key that signs unsubscribe
 * links when SESSION_SECRET is not set). Kept in the database rather than DATA_DIR because the web
 * server and the worker may run on different machines but always share the database.
 */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

export type SavedSearch = typeof savedSearches.$inferSelect
