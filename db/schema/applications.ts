import { sql } from 'drizzle-orm'
import { bigserial, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './accounts'
import { listings } from './listings'
import { documents } from './seekers'
import { APPLICATION_EVENT_KINDS, APPLICATION_SIDES, APPLICATION_STATUSES } from '../../values/applications'

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    /** Null once the seeker deleted the account: the company keeps an anonymous, withdrawn record. */
    seekerId: uuid('seeker_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('received'),
    coverLetter: text('cover_letter').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The company's first answer the seeker could see (a status change or a message). */
    firstReplyAt: timestamp('first_reply_at', { withTimezone: true }),
    /** The reply-deadline clock: internal notes do not stop it, because the seeker still waits. */
    lastCompanyActionAt: timestamp('last_company_action_at', { withTimezone: true }),
    /** Set when the 7-day reminder went out; cleared by the company's next answer. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** Set by the worker after 14 days without an answer; cleared by the company's next answer. */
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
  },
  (t) => [
    // One application per seeker and listing; anonymised rows (null seeker) never collide.
    uniqueIndex('applications_seeker_listing_unique').on(t.seekerId, t.listingId),
    index('applications_listing_idx').on(t.listingId, t.status),
    index('applications_waiting_idx').on(t.status, t.lastCompanyActionAt),
    check('applications_cover_letter_length', sql`char_length(${t.coverLetter}) <= 5000`),
  ],
)

/** Documents the seeker chose to send; deleting a document takes it out of the application too. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.documentId] }), index('application_documents_document_idx').on(t.documentId)],
)

/**
 * The timeline: status changes, messages between the two sides, internal notes of the company
 * (kind 'note', never shown to the seeker) and the seeker's withdrawal.
 */
export const applicationEvents = pgTable(
  'application_events',
  {
    // Serial, so two entries of one action (a rejection and its message) keep their order.
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: APPLICATION_EVENT_KINDS }).notNull(),
    fromSide: text('from_side', { enum: APPLICATION_SIDES }).notNull(),
    fromStatus: text('from_status', { enum: APPLICATION_STATUSES }),
    toStatus: text('to_status', { enum: APPLICATION_STATUSES }),
    text: text('text'),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.at)],
)

export type Application = typeof applications.$inferSelect
export type ApplicationEvent = typeof applicationEvents.$inferSelect
