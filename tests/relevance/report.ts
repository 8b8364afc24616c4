import type { Category } from './judgments'
import { overall, type Overall, type QueryScore } from './evaluate'

/** The thresholds of the judged set: below them the relevance test fails. */
export const THRESHOLDS = { precision: 0.95, recall: 0.98, zeroRate: 0 } as const

export interface EngineScores {
  engine: string
  scores: QueryScore[]
}

const f = (n: number) => n.toFixed(3)
const pad = (text: string, width: number) => (text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length))

export function passes(o: Overall): boolean {
  return o.precision >= THRESHOLDS.precision && o.recall >= THRESHOLDS.recall && o.zeroRate <= THRESHOLDS.zeroRate
}

/** Per query (both engines side by side), per category, and overall with the thresholds. */
export function formatRelevance(results: EngineScores[], opts: { perQuery?: boolean } = {}): string {
  const lines: string[] = []
  const [first] = results
  if (opts.perQuery !== false) {
    lines.push(`${pad('category', 14)} ${pad('query', 40)} ${'rel'.padStart(5)} | ${results.map((r) => `${pad(r.engine, 10)} ${'hits'.padStart(5)}   P      R      nDCG`).join(' | ')}`)
    first.scores.forEach((score, i) => {
      const cells = results.map((r) => {
        const s = r.scores[i]
        return `${pad('', 10)} ${String(s.hits).padStart(5)} ${f(s.precision)} ${f(s.recall)} ${f(s.ndcg10)}`
      })
      lines.push(`${pad(score.judgment.category, 14)} ${pad(score.judgment.q, 40)} ${String(score.relevant).padStart(5)} | ${cells.join(' | ')}`)
    })
    lines.push('')
  }
  const categories = [...new Set(first.scores.map((s) => s.judgment.category))] as Category[]
  lines.push(`${pad('by category', 14)} ${'n'.padStart(4)} | ${results.map((r) => `${pad(r.engine, 10)}   P      R      nDCG   zero`).join(' | ')}`)
  for (const category of categories) {
    const cells = results.map((r) => {
      const o = overall(r.scores.filter((s) => s.judgment.category === category))
      return `${pad('', 10)} ${f(o.precision)} ${f(o.recall)} ${f(o.ndcg10)} ${f(o.zeroRate)}`
    })
    lines.push(`${pad(category, 14)} ${String(first.scores.filter((s) => s.judgment.category === category).length).padStart(4)} | ${cells.join(' | ')}`)
  }
  lines.push('')
  lines.push(`overall (${first.scores.length} queries; thresholds: precision ≥ ${THRESHOLDS.precision}, recall ≥ ${THRESHOLDS.recall}, zero-result rate ${THRESHOLDS.zeroRate} for queries naming an occupation with open listings)`)
  for (const r of results) {
    const o = overall(r.scores)
    lines.push(
      `  ${pad(r.engine, 12)} precision ${f(o.precision)}  recall ${f(o.recall)}  nDCG@10 ${f(o.ndcg10)}  zero-result rate ${f(o.zeroRate)} (of ${o.zeroOf})  ${passes(o) ? 'PASS' : 'FAIL'}`,
    )
  }
  return lines.join('\n')
}
