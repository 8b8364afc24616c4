import { and, asc, count, eq, gte, lt, ne, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { contentReports, listings, organizations, riskRules } from '../../../db/schema'
import { Invalid } from '~/utils/errors'
import { recordAudit } from '../security/audit.server'
import { assessRisk, monthlyPay, numericRule, type RiskHit, type RiskRuleValue } from './risk-check'
import { snapshotListing } from './snapshots.server'
import type { ReportReason } from '../../../values/moderation'

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
/** Enough open listings of an occupation to know its usual pay; more add little. */
const PAY_SAMPLE_LIMIT = 200

const REASON_OF_HIT: Record<RiskHit['kind'], ReportReason> = { phrase: 'scam', contact: 'contact', pay: 'pay', burst: 'scam' }

export async function activeRiskRules(db: Database): Promise<RiskRuleValue[]> {
  return db.select({ kind: riskRules.kind, value: riskRules.value }).from(riskRules).where(eq(riskRules.isActive, true)).orderBy(asc(riskRules.id))
}

/** A suspended company publishes nothing: every way of going live asks this first. */
export async function assertMayPublish(db: Database, organizationId: string) {
  const [org] = await db.select({ suspendedAt: organizations.suspendedAt }).from(organizations).where(eq(organizations.id, organizationId))
  if (org?.suspendedAt) throw new Invalid({}, 'moderation.suspended.cannotPublish')
}

async function riskHits(tx: Database, listingId: number, now: Date): Promise<RiskHit[]> {
  const [row] = await tx
    .select({ listing: listings, orgCreatedAt: organizations.createdAt, isVerified: organizations.isVerified })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.organizationId))
    .where(eq(listings.id, listingId))
  // Chamber-verified companies are known to their chamber: their listings go live without a hold.
  if (!row || row.isVerified) return []
  const rules = await activeRiskRules(tx)
  const newForDays = numericRule(rules, 'new_company_days', 90)
  if (now.getTime() - row.orgCreatedAt.getTime() > newForDays * DAY_MS) return []
  const { listing } = row
  const pays = await tx
    .select({ payPeriod: listings.payPeriod, payMin: listings.payMin, payMax: listings.payMax, trainingAllowances: listings.trainingAllowances })
    .from(listings)
    .where(and(eq(listings.occupationId, listing.occupationId), eq(listings.status, 'published'), ne(listings.organizationId, listing.organizationId)))
    .limit(PAY_SAMPLE_LIMIT)
  const [firstHour] = await tx
    .select({ n: count() })
    .from(listings)
    .where(
      and(
        eq(listings.organizationId, listing.organizationId),
        gte(listings.createdAt, row.orgCreatedAt),
        lt(listings.createdAt, new Date(row.orgCreatedAt.getTime() + HOUR_MS)),
      ),
    )
  return assessRisk(rules, {
    title: listing.title,
    description: listing.description,
    monthlyPay: monthlyPay(listing),
    occupationPays: pays.map(monthlyPay).filter((p): p is number => p !== null),
    listingsInFirstHour: Number(firstHour?.n ?? 0),
  })
}

/**
 * Call in the transaction that just put a listing live at `now`. A new, unverified company's listing
 * that trips a risk rule is held for review instead: off the site, and a case in the moderation queue.
 * Returns whether it was held.
 */
export async function holdIfRisky(tx: Database, listingId: number, now: Date): Promise<boolean> {
  const hits = await riskHits(tx, listingId, now)
  if (hits.length === 0) return false
  // A listing this very write first published has never been public: it keeps no publication date.
  await tx
    .update(listings)
    .set({ status: 'held', publishedAt: sql`case when ${listings.publishedAt} >= ${now.toISOString()}::timestamptz then null else ${listings.publishedAt} end` })
    .where(eq(listings.id, listingId))
  const { organizationId, snapshot } = await snapshotListing(tx, listingId)
  await tx.insert(contentReports).values({
    source: 'risk_check',
    reason: REASON_OF_HIT[hits[0].kind],
    explanation: hits.map((h) => `${h.kind}: ${h.detail}`).join('\n'),
    organizationId,
    listingId,
    snapshot,
    createdAt: now,
  })
  await recordAudit({ actorId: null, action: 'listing.held', targetType: 'listing', targetId: String(listingId), meta: { rules: hits.map((h) => h.kind).join(',') } }, tx)
  return true
}
