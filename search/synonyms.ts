import type { Occupation } from '../db/schema'

export type Synonyms = Record<string, string[]>

/**
 * Short word equivalences a search box in a German job board needs. Occupation labels in other
 * languages live on the documents (`occupationLabels`); synonyms are kept for words, not labels.
 */
const MUTUAL: string[][] = [
  ['kfz', 'kraftfahrzeug'],
  ['lkw', 'lastkraftwagen'],
  ['pkw', 'personenkraftwagen'],
  ['kaufmann', 'kauffrau', 'kaufleute'],
  ['azubi', 'auszubildende', 'auszubildender'],
  ['shk', 'sanitär heizung klima'],
]

const ONE_WAY: Synonyms = {
  elektriker: ['elektroniker'],
  mechaniker: ['mechatroniker'],
  informatiker: ['fachinformatiker'],
  azubi: ['ausbildung'],
  lehre: ['ausbildung'],
  lehrstelle: ['ausbildung'],
  ausbildungsplatz: ['ausbildung'],
  apprenticeship: ['ausbildung'],
  internship: ['praktikum'],
  pfleger: ['pflegefachmann', 'pflegefachfrau'],
  pflegerin: ['pflegefachfrau', 'pflegefachmann'],
  fahrer: ['kraftfahrer', 'berufskraftfahrer'],
}

/** Derived pairs beyond this many are dropped; thousands of synonyms slow indexing and surprise users. */
export const MAX_DERIVED_SYNONYM_PAIRS = 1500

export type SynonymOccupation = Pick<Occupation, 'name' | 'nameMasculine' | 'nameFeminine'>

function addGroup(target: Map<string, Set<string>>, group: string[], mutual: boolean) {
  const [head, ...rest] = group
  for (const word of mutual ? group : [head]) {
    const set = target.get(word) ?? new Set<string>()
    for (const other of mutual ? group : rest) if (other !== word) set.add(other)
    target.set(word, set)
  }
}

const normalise = (word: string) => word.trim().toLocaleLowerCase('de')
const isSingleWord = (word: string) => /^[\p{L}-]{3,}$/u.test(word)

/**
 * The gender pair of an occupation name as single words: "Bäcker/in" → bäcker, bäckerin;
 * "Kaufmann für Büromanagement" + "Kauffrau für Büromanagement" → kaufmann, kauffrau.
 * Searching "Bäckerin" must find a listing titled "Bäcker (m/w/d)", and no typo rule bridges that.
 */
export function genderPair(occupation: SynonymOccupation): [string, string] | null {
  let masculine = occupation.nameMasculine ? normalise(occupation.nameMasculine) : ''
  let feminine = occupation.nameFeminine ? normalise(occupation.nameFeminine) : ''
  if (!masculine || !feminine) {
    const name = normalise(occupation.name)
    const short = /^([\p{L}-]+)\/in\b/u.exec(name)
    const slash = /^([^/]+)\/([^/]+)$/.exec(name)
    if (short) [masculine, feminine] = [short[1], `${short[1]}in`]
    else if (slash) [masculine, feminine] = [slash[1].trim(), slash[2].trim()]
    else return null
  }
  const m = masculine.split(/\s+/)
  const f = feminine.split(/\s+/)
  // Only the head word differs in German occupation names ("Anlagenmechaniker für SHK" / "-in für SHK").
  if (m.length !== f.length || m.slice(1).join(' ') !== f.slice(1).join(' ')) return null
  if (m[0] === f[0] || !isSingleWord(m[0]) || !isSingleWord(f[0])) return null
  return [m[0], f[0]]
}

/** The written-out form a user might type for an abbreviated head word, and back (kfz-… ↔ kraftfahrzeug…). */
function expansionsOf(word: string): string[][] {
  const match = /^kraftfahrzeug(.+)$/.exec(word)
  return match ? [[word, `kfz-${match[1]}`, `kfz${match[1]}`]] : []
}

/** Synonyms for the listings index: the fixed equivalences plus gender pairs of occupation names. */
export function buildSynonyms(occupations: SynonymOccupation[]): Synonyms {
  const map = new Map<string, Set<string>>()
  for (const group of MUTUAL) addGroup(map, group, true)
  for (const [word, targets] of Object.entries(ONE_WAY)) addGroup(map, [word, ...targets], false)

  const pairs = new Map<string, [string, string]>()
  for (const occupation of occupations) {
    const pair = genderPair(occupation)
    if (pair) pairs.set(pair.join('|'), pair)
  }
  const derived = [...pairs.values()].sort((a, b) => a[0].localeCompare(b[0], 'de')).slice(0, MAX_DERIVED_SYNONYM_PAIRS)
  for (const pair of derived) {
    addGroup(map, pair, true)
    for (const word of pair) for (const group of expansionsOf(word)) addGroup(map, group, true)
  }

  const result: Synonyms = {}
  for (const word of [...map.keys()].sort()) result[word] = [...map.get(word)!].sort()
  return result
}
