import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './accounts'
import { events } from './chambers'
import { listings } from './listings'
import { organizations } from './organizations'
import { MODERATION_ACTIONS, OBJECTION_OUTCOMES, REPORT_REASONS, REPORT_SOURCES, RISK_RULE_KINDS } from '../../values/moderation'
import { INTERFACE_LANGS } from '../../values/accounts'

/** What a report saw: kept as it was, so a later edit cannot hide what was reported. */
export interface ContentSnapshot {
  kind: 'listing' | 'company' | 'event'
  title: string
  text: string
  companyName: string
  url: string
}

/**
 * One decision on a listing or a company. Reports of a listing are decided together; a company's
 * reports (its page, its events) likewise. `restore` holds what undoing the decision needs.
 */
export const moderationDecisions = pgTable(
  'moderation_decisions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    listingId: integer('listing_id').references(() => listings.id, { onDelete: 'cascade' }),
    action: text('action', { enum: MODERATION_ACTIONS }).notNull(),
    rule: text('rule').notNull(),
    statement: text('statement').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    /** The oldest report decided here: the time to decision is counted from it. */
    firstReportedAt: timestamp('first_reported_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    /** Listings the decision took off the site, with the status each had, for a reversal. */
    restore: jsonb('restore').$type<Array<{ listingId: number; status: string }>>().notNull().default([]),
    reversedAt: timestamp('reversed_at', { withTimezone: true }),
  },
  (t) => [index('moderation_decisions_organization_idx').on(t.organizationId, t.decidedAt), index('moderation_decisions_decided_idx').on(t.decidedAt)],
)

export const contentReports = pgTable(
  'content_reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    source: text('source', { enum: REPORT_SOURCES }).notNull().default('notice'),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    explanation: text('explanation').notNull(),
    /** The provider whose content it is: the listing's company, the company, or the event's organizer. */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    listingId: integer('listing_id').references(() => listings.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    snapshot: jsonb('snapshot').$type<ContentSnapshot>().notNull(),
    reporterName: text('reporter_name'),
    reporterEmail: text('reporter_email'),
    reporterLang: text('reporter_lang', { enum: INTERFACE_LANGS }).notNull().default('de'),
    decisionId: uuid('decision_id').references(() => moderationDecisions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('content_reports_open_idx').on(t.decisionId, t.createdAt),
    index('content_reports_organization_idx').on(t.organizationId, t.listingId),
    check('content_reports_explanation_length', sql`char_length(${t.explanation}) <= 4000`),
    check('content_reports_reporter_lang_known', sql`${t.reporterLang} in ('de', 'en', 'uk', 'ar', 'tr')`),
  ],
)

/** The provider's one objection to a decision (DSA Art. 20), decided by another admin. */
export const moderationObjections = pgTable(
  'moderation_objections',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => moderationDecisions.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    outcome: text('outcome', { enum: OBJECTION_OUTCOMES }),
    note: text('note'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('moderation_objections_decision_unique').on(t.decisionId), index('moderation_objections_open_idx').on(t.decidedAt, t.createdAt)],
)

/** The risk check's rules as data: phrases and contact patterns to look for, and its thresholds. */
export const riskRules = pgTable(
  'risk_rules',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: RISK_RULE_KINDS }).notNull(),
    value: text('value').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('risk_rules_kind_value_unique').on(t.kind, sql`lower(${t.value})`)],
)

export type ContentReport = typeof contentReports.$inferSelect
export type ModerationDecision = typeof moderationDecisions.$inferSelect
export type RiskRule = typeof riskRules.$inferSelect
