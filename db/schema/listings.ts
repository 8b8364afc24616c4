import { sql } from 'drizzle-orm'
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { organizations } from './organizations'
import { occupations, places } from './reference'
import { BENEFITS, CERTIFICATES, GERMAN_LEVELS, LISTING_STATUSES, OFFER_TYPES, PAY_PERIODS, WORKING_TIMES, WORKPLACE_LANGUAGES } from '../../values/listings'

export const listings = pgTable(
  'listings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    occupationId: integer('occupation_id')
      .notNull()
      .references(() => occupations.id),
    offerType: text('offer_type', { enum: OFFER_TYPES }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    workingTime: text('working_time', { enum: WORKING_TIMES }).notNull(),
    startDate: date('start_date').notNull(),
    placesCount: integer('places_count').notNull().default(1),
    /** Jobs: a pay range per period. Training: the monthly allowance per training year. */
    payPeriod: text('pay_period', { enum: PAY_PERIODS }),
    payMin: integer('pay_min'),
    payMax: integer('pay_max'),
    trainingAllowances: integer('training_allowances').array(),
    minCertificate: text('min_certificate', { enum: CERTIFICATES }).notNull().default('none'),
    minGerman: text('min_german', { enum: GERMAN_LEVELS }).notNull().default('none'),
    needsDrivingLicence: boolean('needs_driving_licence').notNull().default(false),
    benefits: text('benefits', { enum: BENEFITS }).array().notNull().default(sql`'{}'::text[]`),
    isSuitableForRefugees: boolean('is_suitable_for_refugees').notNull().default(false),
    hasRecognitionSupport: boolean('has_recognition_support').notNull().default(false),
    workplaceLanguages: text('workplace_languages', { enum: WORKPLACE_LANGUAGES }).array().notNull().default(sql`'{}'::text[]`),
    supportsGermanCourse: boolean('supports_german_course').notNull().default(false),
    status: text('status', { enum: LISTING_STATUSES }).notNull().default('draft'),
    closedReason: text('closed_reason'),
    applicationDeadline: date('application_deadline'),
    contactName: text('contact_name'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** When the owners were told the listing expires soon; cleared on renewal, so each period gets one reminder. */
    expiryReminderSentAt: timestamp('expiry_reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('listings_status_published_idx').on(t.status, t.publishedAt),
    index('listings_organization_idx').on(t.organizationId),
    index('listings_place_idx').on(t.placeId),
    index('listings_occupation_idx').on(t.occupationId),
    // German full text for the Postgres fallback of search (when Meilisearch is down). Queries must
    // repeat this exact expression to use the index: see app/modules/search/fallback-sql.server.ts.
    index('listings_search_idx').using('gin', sql`to_tsvector('german', ${t.title} || ' ' || ${t.description})`),
    // Every column the fallback filters, counts and ranks by, newest first: counting and ranking the
    // published listings reads this narrow index alone (an index-only scan), never the wide rows.
    index('listings_published_search_idx')
      .on(
        t.publishedAt.desc().nullsLast(),
        t.id.desc(),
        t.expiresAt,
        t.offerType,
        t.workingTime,
        t.placeId,
        t.occupationId,
        t.organizationId,
        t.startDate,
        t.minCertificate,
        t.minGerman,
        t.isSuitableForRefugees,
        t.supportsGermanCourse,
        t.payMin,
        t.payPeriod,
        t.trainingAllowances,
        t.benefits,
        t.workplaceLanguages,
      )
      .where(sql`${t.status} = 'published'`),
  ],
)

export type Listing = typeof listings.$inferSelect
export type NewListing = typeof listings.$inferInsert
