// Derives db/reference-data/occupation-fields.csv and the KldB code of each training occupation
// from kldb2010_v2020_classification.csv (Statistik der Bundesagentur für Arbeit).
import { matchKey } from './occupation-names'

export const FIELD_COLUMNS = ['code', 'level', 'parent_code', 'title'] as const

/** Berufsbereiche (level 1) and Berufshauptgruppen (level 2). */
export function buildOccupationFields(kldb: Record<string, string>[]): Record<string, string>[] {
  return kldb
    .filter((row) => row.level === '1' || row.level === '2')
    .map((row) => ({ code: row.kldb2010_code, level: row.level, parent_code: row.parent_code, title: row.title }))
}

interface Entry {
  code: string
  key: string
}

// "Zugeordnete Berufe (Beispiele): 26252-100 Energieanlagenelektroniker/in 26252-101 …"
function assignedOccupations(row: Record<string, string>): Entry[] {
  const entries: Entry[] = []
  for (const match of row.also_includes.matchAll(/(\d{5})-\d{3} (.*?)(?= \d{5}-\d{3} |$)/g)) {
    entries.push({ code: match[1], key: matchKey(match[2]) })
  }
  return entries
}

// Where the examples spread over several codes, the most named one wins; on a tie the
// "fachlich ausgerichtete Tätigkeiten" level (fifth digit 2), which is what a training leads to.
function pickCode(entries: Entry[]): string {
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(e.code, (counts.get(e.code) ?? 0) + 1)
  return [...counts.entries()].sort(
    ([codeA, a], [codeB, b]) =>
      b - a || Number(codeB.endsWith('2')) - Number(codeA.endsWith('2')) || codeA.localeCompare(codeB),
  )[0][0]
}

export interface KldbMatch {
  code: string
  how: 'name' | 'specialisation'
}

/**
 * Finds a training occupation among the occupations KldB lists as examples of its level-5
 * positions: by name ("Koch/Köchin"), else by its specialisations ("Kraftfahrzeugmechatroniker/in
 * - Nutzfahrzeugtechnik").
 */
export function createKldbMatcher(kldb: Record<string, string>[]): (names: string[]) => KldbMatch | undefined {
  const entries = kldb.filter((row) => row.level === '5').flatMap(assignedOccupations)
  return (names) => {
    const keys = names.map(matchKey).filter(Boolean)
    const exact = entries.filter((e) => keys.includes(e.key))
    if (exact.length > 0) return { code: pickCode(exact), how: 'name' }
    const specialised = entries.filter((e) => keys.some((key) => e.key.startsWith(`${key} `)))
    if (specialised.length > 0) return { code: pickCode(specialised), how: 'specialisation' }
    return undefined
  }
}
