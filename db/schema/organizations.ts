import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { places } from './reference'
import { SECTORS, SIZE_BANDS } from '../../values/organizations'

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: text('kind', { enum: ['company', 'chamber'] }).notNull().default('company'),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    sector: text('sector', { enum: SECTORS }).notNull().default('other'),
    sizeBand: text('size_band', { enum: SIZE_BANDS }),
    description: text('description').notNull().default(''),
    placeId: integer('place_id').references(() => places.id),
    website: text('website'),
    /** Storage key of the logo in UPLOADS_DIR (app/modules/uploads); public, served at /logos/:key. */
    logoKey: text('logo_key'),
    isTrainingCompany: boolean('is_training_company').notNull().default(false),
    isVerified: boolean('is_verified').notNull().default(false),
    /** Set by moderation: the company's page and listings are off the site and it cannot publish. */
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_kind_idx').on(t.kind)],
)

export type Organization = typeof organizations.$inferSelect
