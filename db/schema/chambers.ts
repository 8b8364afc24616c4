import { sql } from 'drizzle-orm'
import { bigserial, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './accounts'
import { applications } from './applications'
import { listings } from './listings'
import { organizations } from './organizations'
import { places } from './reference'
import { EVENT_KINDS, MEMBERSHIP_STATUSES, REFERRAL_STATUSES } from '../../values/chambers'

/**
 * A company's membership in a chamber. `organizations.is_verified` mirrors "has at least one verified
 * membership" so search documents and cards need no join; the module that changes a status keeps both.
 */
export const chamberMemberships = pgTable(
  'chamber_memberships',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    chamberId: uuid('chamber_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    memberNumber: text('member_number').notNull(),
    /** The company's register entry as it gave it (Handwerksrolle, Handelsregister), optional. */
    registerEntry: text('register_entry'),
    status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull().default('requested'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('chamber_memberships_chamber_company_unique').on(t.chamberId, t.companyId),
    index('chamber_memberships_company_idx').on(t.companyId, t.status),
    check('chamber_memberships_member_number_length', sql`char_length(${t.memberNumber}) between 1 and 40`),
    check('chamber_memberships_register_entry_length', sql`char_length(${t.registerEntry}) between 1 and 80`),
  ],
)

/** A chamber features a member's listing for a period: a home-page block and a tie-breaking boost in search. */
export const listingPromotions = pgTable(
  'listing_promotions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    chamberId: uuid('chamber_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('listing_promotions_listing_idx').on(t.listingId),
    index('listing_promotions_period_idx').on(t.endsOn, t.startsOn),
    check('listing_promotions_period', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
)

/** Campaigns a chamber runs ("Lehrstellen-Aktion Sommer"), shown on its page while they last. */
export const chamberCampaigns = pgTable(
  'chamber_campaigns',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    chamberId: uuid('chamber_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('chamber_campaigns_chamber_idx').on(t.chamberId, t.endsOn), check('chamber_campaigns_period', sql`${t.endsOn} >= ${t.startsOn}`)],
)

/** Job fairs, open days and information evenings of chambers and companies. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    /** Street and building, as people give directions; the place carries postal code and town. */
    venue: text('venue').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    url: text('url'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_ends_idx').on(t.endsAt),
    index('events_organization_idx').on(t.organizationId, t.endsAt),
    check('events_period', sql`${t.endsAt} > ${t.startsAt}`),
  ],
)

/** A seeker lets a chamber's counsellors see the profile and match scores; revoking deletes the row. */
export const counsellingConsents = pgTable(
  'counselling_consents',
  {
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    chamberId: uuid('chamber_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.seekerId, t.chamberId] }), index('counselling_consents_chamber_idx').on(t.chamberId)],
)

/** A counsellor's progress notes; they hang on the consent, so revoking it deletes them in the same statement. */
export const counsellingNotes = pgTable(
  'counselling_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    seekerId: uuid('seeker_id').notNull(),
    chamberId: uuid('chamber_id').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'counselling_notes_consent_fk', columns: [t.seekerId, t.chamberId], foreignColumns: [counsellingConsents.seekerId, counsellingConsents.chamberId] }).onDelete('cascade'),
    index('counselling_notes_case_idx').on(t.seekerId, t.chamberId, t.createdAt),
    check('counselling_notes_text_length', sql`char_length(${t.text}) between 1 and 5000`),
  ],
)

/** A counsellor's pick for a seeker; shown in the seeker's recommendations as "empfohlen von …". */
export const counsellingRecommendations = pgTable(
  'counselling_recommendations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    seekerId: uuid('seeker_id').notNull(),
    chamberId: uuid('chamber_id').notNull(),
    listingId: integer('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    counsellorId: uuid('counsellor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'counselling_recommendations_consent_fk', columns: [t.seekerId, t.chamberId], foreignColumns: [counsellingConsents.seekerId, counsellingConsents.chamberId] }).onDelete('cascade'),
    uniqueIndex('counselling_recommendations_unique').on(t.seekerId, t.chamberId, t.listingId),
    index('counselling_recommendations_listing_idx').on(t.listingId),
  ],
)

/**
 * Passing on a rejected applicant: the rejecting company offers it, the applicant consents by a link
 * in the rejection mail, and only then the chamber's other member businesses see them as "empfohlen".
 */
export const candidateReferrals = pgTable(
  'candidate_referrals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    applicationId: uuid('application_id')
      .notNull()
      .unique()
      .references(() => applications.id, { onDelete: 'cascade' }),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fromOrganizationId: uuid('from_organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    chamberId: uuid('chamber_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('offered'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('candidate_referrals_chamber_idx').on(t.chamberId, t.status), index('candidate_referrals_seeker_idx').on(t.seekerId)],
)

export type ChamberMembership = typeof chamberMemberships.$inferSelect
export type ListingPromotion = typeof listingPromotions.$inferSelect
export type ChamberCampaign = typeof chamberCampaigns.$inferSelect
export type ChamberEvent = typeof events.$inferSelect
export type CandidateReferral = typeof candidateReferrals.$inferSelect
