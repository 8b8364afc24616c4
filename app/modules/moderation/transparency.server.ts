import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { getDb, type Database } from '../../../db/client'
import { contentReports, moderationDecisions, moderationObjections } from '../../../db/schema'
import { MODERATION_ACTIONS, type ModerationAction, REPORT_REASONS, type ReportReason } from '../../../values/moderation'

/** The figures DSA Art. 15 and 24 ask a platform to publish, for one half-year (German time). */
export interface HalfYearFigures {
  /** "2026-2" is July to December 2026. */
  period: string
  year: number
  half: 1 | 2
  notices: Record<ReportReason, number>
  noticesTotal: number
  riskHolds: number
  actions: Record<ModerationAction, number>
  /** Median hours from the first report of a case to its decision; null without decisions. */
  medianHoursToDecision: number | null
  objections: { received: number; upheld: number; reversed: number; pending: number }
}

const period = (column: AnyPgColumn): SQL<string> =>
  sql<string>`to_char(${column} at time zone 'Europe/Berlin', 'YYYY') || '-' || case when extract(month from ${column} at time zone 'Europe/Berlin') <= 6 then '1' else '2' end`

function emptyHalf(key: string): HalfYearFigures {
  const [year, half] = key.split('-').map(Number)
  return {
    period: key,
    year,
    half: half === 1 ? 1 : 2,
    notices: Object.fromEntries(REPORT_REASONS.map((r) => [r, 0])) as Record<ReportReason, number>,
    noticesTotal: 0,
    riskHolds: 0,
    actions: Object.fromEntries(MODERATION_ACTIONS.map((a) => [a, 0])) as Record<ModerationAction, number>,
    medianHoursToDecision: null,
    objections: { received: 0, upheld: 0, reversed: 0, pending: 0 },
  }
}

/** Every half-year with any report, decision or objection, newest first, counted straight from the tables. */
export async function transparencyFigures(db: Database = getDb()): Promise<HalfYearFigures[]> {
  const reportPeriod = period(contentReports.createdAt)
  const reports = await db
    .select({ period: reportPeriod, source: contentReports.source, reason: contentReports.reason, n: sql<number>`count(*)::int` })
    .from(contentReports)
    .groupBy(reportPeriod, contentReports.source, contentReports.reason)
  const decisionPeriod = period(moderationDecisions.decidedAt)
  const actions = await db
    .select({ period: decisionPeriod, action: moderationDecisions.action, n: sql<number>`count(*)::int` })
    .from(moderationDecisions)
    .groupBy(decisionPeriod, moderationDecisions.action)
  const medians = await db
    .select({
      period: decisionPeriod,
      hours: sql<number>`percentile_cont(0.5) within group (order by extract(epoch from ${moderationDecisions.decidedAt} - ${moderationDecisions.firstReportedAt}) / 3600.0)`,
    })
    .from(moderationDecisions)
    .groupBy(decisionPeriod)
  const objectionPeriod = period(moderationObjections.createdAt)
  const objections = await db
    .select({ period: objectionPeriod, outcome: moderationObjections.outcome, n: sql<number>`count(*)::int` })
    .from(moderationObjections)
    .groupBy(objectionPeriod, moderationObjections.outcome)

  const halves = new Map<string, HalfYearFigures>()
  const half = (key: string) => halves.get(key) ?? halves.set(key, emptyHalf(key)).get(key)!
  for (const r of reports) {
    if (r.source === 'risk_check') half(r.period).riskHolds += Number(r.n)
    else {
      half(r.period).notices[r.reason] += Number(r.n)
      half(r.period).noticesTotal += Number(r.n)
    }
  }
  for (const a of actions) half(a.period).actions[a.action] += Number(a.n)
  for (const m of medians) half(m.period).medianHoursToDecision = m.hours === null ? null : Math.round(Number(m.hours) * 10) / 10
  for (const o of objections) {
    const figures = half(o.period).objections
    figures.received += Number(o.n)
    figures[o.outcome ?? 'pending'] += Number(o.n)
  }
  return [...halves.values()].sort((a, b) => b.year - a.year || b.half - a.half)
}
