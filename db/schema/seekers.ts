import { sql } from 'drizzle-orm'
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './accounts'
import { listings } from './listings'
import { places } from './reference'
import { GERMAN_LEVELS, OFFER_TYPES } from '../../values/listings'
import { DOCUMENT_KINDS, type LanguageLevel, type RecognitionStatus, SEEKER_CERTIFICATES, TARGET_GROUPS } from '../../values/seekers'

export type SpokenLanguage = { code: string; level: LanguageLevel }
export type ForeignQualification = { title: string; country: string; recognition: RecognitionStatus }

/** One per seeker; created on the first save of /me/profile. */
export const seekerProfiles = pgTable('seeker_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  targetGroup: text('target_group', { enum: TARGET_GROUPS }),
  certificate: text('certificate', { enum: SEEKER_CERTIFICATES }),
  germanLevel: text('german_level', { enum: GERMAN_LEVELS }),
  languages: jsonb('languages').$type<SpokenLanguage[]>().notNull().default([]),
  foreignQualifications: jsonb('foreign_qualifications').$type<ForeignQualification[]>().notNull().default([]),
  skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
  homePlaceId: integer('home_place_id').references(() => places.id, { onDelete: 'set null' }),
  travelKm: integer('travel_km'),
  hasDrivingLicence: boolean('has_driving_licence').notNull().default(false),
  hasCar: boolean('has_car').notNull().default(false),
  usesPublicTransportOnly: boolean('public_transport_only').notNull().default(false),
  availableFrom: date('available_from'),
  // Arrays, not join tables: read whole with the profile, never queried by element.
  wishedOccupationIds: integer('wished_occupation_ids').array().notNull().default(sql`'{}'::int[]`),
  wishedOfferTypes: text('wished_offer_types', { enum: OFFER_TYPES }).array().notNull().default(sql`'{}'::text[]`),
  isFindable: boolean('is_findable').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** CVs and certificates; the bytes live in UPLOADS_DIR under storage_key, never under the user's file name. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    originalName: text('original_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_user_idx').on(t.userId), uniqueIndex('documents_storage_key_unique').on(t.storageKey)],
)

export const bookmarks = pgTable(
  'bookmarks',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The second index serves the cascade when a listing is deleted.
  (t) => [primaryKey({ columns: [t.userId, t.listingId] }), index('bookmarks_listing_idx').on(t.listingId)],
)

export type SeekerProfile = typeof seekerProfiles.$inferSelect
export type NewSeekerProfile = typeof seekerProfiles.$inferInsert
export type SeekerDocument = typeof documents.$inferSelect
export type Bookmark = typeof bookmarks.$inferSelect
