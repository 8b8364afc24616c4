import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { LatencyRun, ThroughputRun } from './measure'
import type { BenchQuery } from './queries'

export const TARGETS = {
  meili: 'Meilisearch direct',
  apiFresh: 'GET /api/v1/listings fresh',
  api: 'GET /api/v1/listings',
  jobs: 'GET /jobs (HTML)',
  jobsFresh: 'GET /jobs (HTML) fresh',
  fallback: 'Postgres fallback',
} as const
export type TargetKey = keyof typeof TARGETS

export interface TargetFigures {
  latency: LatencyRun
  throughput: ThroughputRun
}

export interface BenchReport {
  startedAt: string
  machine: { cpus: number; cpuModel: string; node: string; loadAverage: number[]; nodeEnv: string }
  options: Record<string, unknown>
  database: string
  generation: { companies: number; listings: number; published: number; seconds: number }
  reindex: { documents: number; skipped: number; seconds: number }
  direct: string
  answers: { queries: number; apiMatches: number; jobsOk: number; problems: string[] }
  targets: Record<TargetKey, TargetFigures>
  /** GET /healthz through the same server: the cost of the HTTP stack alone. */
  baseline: TargetFigures
  queries: Array<BenchQuery & { medianMs: Record<TargetKey, number> }>
  /** Overall relevance of the judged queries (tests/relevance) on the benchmark's corpus. */
  relevance: Array<{ engine: string; queries: number; precision: number; recall: number; ndcg10: number; zeroRate: number; zeroOf: number }>
  checks: Array<{ name: string; pass: boolean; value: number; limit: number }>
  /** The same checks on fresh answers (no-cache): what a search nobody asked for a moment ago costs. */
  freshChecks: Array<{ name: string; pass: boolean; value: number; limit: number }>
  /** Fresh answers against the engine's own time and throughput in the same run. */
  engineChecks: Array<{ name: string; pass: boolean; value: number; limit: number }>
}

/** Criterion 7 of the search issue. */
export function criterionChecks(targets: Record<TargetKey, TargetFigures>, reindexSeconds: number, key: 'api' | 'apiFresh' = 'api'): BenchReport['checks'] {
  const api = targets[key]
  const meiliP50 = targets.meili.latency.summary.p50
  return [
    { name: '/api/v1/listings p95 at concurrency 1 ≤ 25 ms', value: api.latency.summary.p95, limit: 25 },
    { name: `/api/v1/listings at concurrency ${api.throughput.concurrency} ≥ 300 requests/s`, value: api.throughput.rps, limit: 300 },
    { name: '/api/v1/listings p50 ≤ 1.5 × Meilisearch direct p50', value: api.latency.summary.p50, limit: Math.round(meiliP50 * 1.5 * 100) / 100 },
    { name: 'full reindex ≤ 60 s', value: reindexSeconds, limit: 60 },
  ].map((check) => ({ ...check, pass: check.name.includes('≥') ? check.value >= check.limit : check.value <= check.limit }))
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** The speed issue's criteria: every fresh figure as a share of Meilisearch direct in the same run. */
export function engineChecks(targets: Record<TargetKey, TargetFigures>, reindexSeconds: number): BenchReport['checks'] {
  const meili = targets.meili
  const c = meili.throughput.concurrency
  return [
    { name: '/api/v1/listings fresh p50 ≤ 1.2 × Meilisearch direct p50', value: targets.apiFresh.latency.summary.p50, limit: round2(meili.latency.summary.p50 * 1.2) },
    { name: `/api/v1/listings fresh at concurrency ${c} ≥ 0.9 × Meilisearch direct req/s`, value: targets.apiFresh.throughput.rps, limit: round2(meili.throughput.rps * 0.9) },
    { name: `/jobs HTML fresh at concurrency ${c} ≥ 0.5 × Meilisearch direct req/s`, value: targets.jobsFresh.throughput.rps, limit: round2(meili.throughput.rps * 0.5) },
    { name: 'Postgres fallback p95 ≤ 150 ms', value: targets.fallback.latency.summary.p95, limit: 150 },
    { name: 'full reindex ≤ 45 s', value: reindexSeconds, limit: 45 },
  ].map((check) => ({ ...check, pass: check.name.includes('≥') ? check.value >= check.limit : check.value <= check.limit }))
}

const num = (x: number, width: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–').padStart(width)

export function formatReport(report: BenchReport): string {
  const { generation, reindex, machine } = report
  const c = report.targets.api.throughput.concurrency
  const lines = [
    '',
    `Search benchmark: ${generation.listings} listings (${generation.published} published) of ${generation.companies} companies`,
    `  ${report.database}; Node ${machine.node} (NODE_ENV=${machine.nodeEnv}), ${machine.cpus} × ${machine.cpuModel}; load average at start ${machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    `  generated and inserted in ${generation.seconds.toFixed(1)} s; full reindex of ${reindex.documents} documents in ${reindex.seconds.toFixed(1)} s`,
    `  ${report.queries.length} queries; concurrency 1: 1 warm-up + ${String(report.options.rounds)} rounds (fallback ${String(report.options.fallbackRounds)}); concurrency ${c}: ${String(report.options.duration)} s per target`,
    `  Meilisearch direct = ${report.direct}`,
    `  answers: /api/v1/listings equals Meilisearch direct (total, hit ids) for ${report.answers.apiMatches}/${report.answers.queries}; /jobs 200 without fallback notice for ${report.answers.jobsOk}/${report.answers.queries}`,
    '',
    `${'target'.padEnd(24)}|${'c=1 p50'.padStart(9)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'err'.padStart(5)} |${`c=${c} req/s`.padStart(12)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'err'.padStart(6)} |${'p50 ×'.padStart(7)}${'req/s ×'.padStart(9)}`,
    `${'-'.repeat(24)}+${'-'.repeat(38)}+${'-'.repeat(34)}+${'-'.repeat(16)}`,
  ]
  const rows: Array<[string, TargetFigures]> = [
    ...(Object.entries(TARGETS) as Array<[TargetKey, string]>).map(([key, label]) => [label, report.targets[key]] as [string, TargetFigures]),
    ['GET /healthz (baseline)', report.baseline],
  ]
  const meili = report.targets.meili
  for (const [label, { latency, throughput }] of rows) {
    const l = latency.summary
    const t = throughput
    lines.push(
      `${label.padEnd(24)}|${num(l.p50, 9, 2)}${num(l.p95, 8, 2)}${num(l.p99, 8, 2)}${num(l.max, 8, 1)}${String(l.errors).padStart(5)} |${num(t.rps, 12)}${num(t.latency.p50, 8)}${num(t.latency.p95, 8)}${String(t.errors).padStart(6)} |${num(l.p50 / meili.latency.summary.p50, 7, 2)}${num(t.rps / meili.throughput.rps, 9, 2)}`,
    )
  }
  lines.push(
    '  (milliseconds; req/s counts answered requests)',
    '  fresh = Cache-Control: no-cache, every answer computed; the others as a browser asks: the mix repeats, so after',
    '  the warm-up round answers come from the result cache (app/modules/search/result-cache.server.ts)',
    '  p50 × and req/s × are each target\'s figure as a multiple of Meilisearch direct in this run',
  )
  const checkLines = (title: string, checks: BenchReport['checks']) => {
    lines.push('', title)
    for (const check of checks) lines.push(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.value} (limit ${check.limit})`)
  }
  checkLines('Criterion 7 (answers as served, repeated searches from the result cache):', report.checks)
  checkLines('The same on fresh answers (Cache-Control: no-cache):', report.freshChecks)
  checkLines('Fresh answers against the engine (ratios to Meilisearch direct in this run):', report.engineChecks)
  const slowest = [...report.queries].sort((a, b) => b.medianMs.apiFresh - a.medianMs.apiFresh).slice(0, 5)
  lines.push('', 'Slowest queries on /api/v1/listings fresh (median ms: api fresh / meili direct / fallback):')
  for (const q of slowest) lines.push(`  ${num(q.medianMs.apiFresh, 6)} / ${num(q.medianMs.meili, 6)} / ${num(q.medianMs.fallback, 7)}  ${q.kind.padEnd(8)} ${decodeURIComponent(q.query.replace(/\+/g, ' ')) || '(no parameters)'}`)
  for (const problem of report.answers.problems.slice(0, 10)) lines.push(`  answer problem: ${problem}`)
  return lines.join('\n')
}

export function writeReport(report: BenchReport, path: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify(report, null, 2) + '\n')
}
