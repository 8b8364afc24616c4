import { sql } from 'drizzle-orm'
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './accounts'
import { listings } from './listings'
import { organizations } from './organizations'
import { INVITATION_STATUSES } from '../../values/employer-tools'

/** Listing page views per day: one upsert per view, small enough to keep for the dashboard's trend. */
export const listingViewDays = pgTable(
  'listing_view_days',
  {
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.day] })],
)

/**
 * A company invites an opted-in candidate to apply for one of its listings. Until the seeker accepts,
 * the company sees only the anonymised profile; accepting shares name and e-mail with that company.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull().default(''),
    status: text('status', { enum: INVITATION_STATUSES }).notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('invitations_listing_seeker_unique').on(t.listingId, t.seekerId),
    index('invitations_seeker_idx').on(t.seekerId, t.status),
    index('invitations_organization_seeker_idx').on(t.organizationId, t.seekerId, t.status),
    check('invitations_message_length', sql`char_length(${t.message}) <= 1000`),
  ],
)

export type Invitation = typeof invitations.$inferSelect
