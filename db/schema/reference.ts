import { sql } from 'drizzle-orm'
import { boolean, doublePrecision, index, integer, jsonb, pgTable, serial, smallint, text } from 'drizzle-orm/pg-core'

/** Gazetteer: one row per German postal code and place name (GeoNames, see db/reference-data). */
export const places = pgTable(
  'places',
  {
    id: serial('id').primaryKey(),
    postalCode: text('postal_code').notNull(),
    name: text('name').notNull(),
    district: text('district').notNull(),
    districtCode: text('district_code').notNull(),
    state: text('state').notNull(),
    stateCode: text('state_code').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    isHarz: boolean('is_harz').notNull().default(false),
    population: integer('population'),
  },
  (t) => [
    index('places_postal_code_idx').on(t.postalCode),
    index('places_lower_name_idx').on(sql`lower(${t.name})`),
    index('places_district_code_idx').on(t.districtCode),
  ],
)

/** KldB 2010 (2020 revision) levels 1 and 2: Berufsbereiche and Berufshauptgruppen. */
export const occupationFields = pgTable('occupation_fields', {
  code: text('code').primaryKey(),
  level: smallint('level').notNull(),
  parentCode: text('parent_code'),
  title: text('title').notNull(),
})

/**
 * Labels by language; the first of a language is the name to show. uk and tr, and ar for training
 * occupations, begin with Passgenau's own names (db/reference/occupation-labels.csv).
 */
export type OccupationLabels = Partial<Record<'de' | 'en' | 'ar' | 'uk' | 'tr' | 'fr' | 'es', string[]>>

/** Recognised training occupations and ESCO occupations, with labels in several languages. */
export const occupations = pgTable(
  'occupations',
  {
    id: serial('id').primaryKey(),
    kind: text('kind', { enum: ['training', 'esco'] }).notNull(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    nameMasculine: text('name_masculine'),
    nameFeminine: text('name_feminine'),
    durationMonths: smallint('duration_months'),
    isCrafts: boolean('is_crafts').notNull().default(false),
    fieldCode: text('field_code').references(() => occupationFields.code),
    iscoGroup: text('isco_group'),
    escoUri: text('esco_uri'),
    labels: jsonb('labels').$type<OccupationLabels>().notNull().default({}),
  },
  (t) => [index('occupations_lower_name_idx').on(sql`lower(${t.name})`), index('occupations_kind_idx').on(t.kind)],
)

export type Place = typeof places.$inferSelect
export type Occupation = typeof occupations.$inferSelect
