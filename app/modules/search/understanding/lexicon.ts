import type { OccupationLabels } from '../../../../db/schema/reference'
import { germanVariants } from '../../../../search/documents'
import { OCCUPATION_ALIASES, type OccupationAlias } from './aliases'
import { contentWords, foldedWords, keyOf } from './words'

/** What the lexicon needs of an occupation row. */
export interface LexiconOccupation {
  id: number
  kind: 'training' | 'esco'
  name: string
  nameMasculine: string | null
  nameFeminine: string | null
  labels: OccupationLabels
  /** KldB level-2 field; ESCO occupations have none. */
  fieldCode: string | null
  iscoGroup: string | null
}

/** What the lexicon needs of a gazetteer row. */
export interface LexiconPlace {
  name: string
  postalCode: string
  population: number | null
  isHarz: boolean
}

interface NameForm {
  id: number
  /** Folded content words ("kaufmann", "einzelhandel"). */
  words: string[]
  /** The words of the name's head, before its first "für"/"im" ("karosserie", "fahrzeugbaumechaniker"). */
  head: string[]
}

export interface OccupationLexicon {
  /** Key of a name form → occupations with that name (own names, gender forms, Kfz spellings). */
  names: Map<string, Set<number>>
  /** Name forms by their first content word, for "Elektroniker" → "Elektroniker für Betriebstechnik". */
  byFirstWord: Map<string, NameForm[]>
  /** Every head word of a name, for compounds: "mechaniker" → "industriemechaniker". */
  headWords: Map<string, Set<number>>
  /** Key of any label in any language → occupations carrying it. */
  labels: Map<string, Set<number>>
  /** Key of an alias → the occupations it stands for. */
  aliases: Map<string, Set<number>>
  /** Training occupations whose labels carry an ESCO occupation's name (ESCO id → training ids). */
  trainingFor: Map<number, Set<number>>
  kindOf: Map<number, LexiconOccupation['kind']>
  nameOf: Map<number, string>
  fieldOf: Map<number, string>
  iscoOf: Map<number, string>
  /** The longest phrase, in words, any key was made of: spans longer than this cannot match. */
  maxSpan: number
}

export interface PlaceLexicon {
  /** Folded key → the gazetteer's spelling; any place, after "in", "bei", … */
  any: Map<string, string>
  /** Places named without a preposition: the Harz's towns and Germany's cities. */
  bare: Map<string, string>
  postalCodes: Set<string>
}

/** Below this many residents, a Harz place needs "in" before it: "Elend", "Sorge" are words too. */
const BARE_HARZ_POPULATION = 5_000
const BARE_POPULATION = 50_000
const MAX_PLACE_WORDS = 4

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

/**
 * The gender forms a name or label is written with: "Bäcker/in" → Bäcker, Bäckerin; "Koch/Köchin" and
 * "Pflegehelfer/Pflegehelferin" → both parts; "Gesundheits- und Krankenpfleger/Krankenschwester" →
 * both. Parts that only complete another ("/-frau", "/r") are left to the columns that spell them out.
 */
export function genderForms(text: string): string[] {
  const inForm = /^(.*?)(\p{L}+)\/-?in\b(.*)$/u.exec(text)
  if (inForm) {
    const [, before, word, after] = inForm
    return [`${before}${word}${after}`, `${before}${word}in${after}`].flatMap(genderForms)
  }
  if (!text.includes('/')) return [text.trim()]
  return text
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part.length > 2 && !part.startsWith('-'))
}

function ownNames(occupation: LexiconOccupation): string[] {
  const written = [occupation.name, occupation.nameMasculine, occupation.nameFeminine].filter((n): n is string => !!n)
  // ESCO rows spell both genders only in their first German label ("Pflegehelfer/Pflegehelferin").
  if (occupation.kind === 'esco' && occupation.labels.de?.[0]) written.push(occupation.labels.de[0])
  const forms = written.flatMap(genderForms)
  return [...new Set([...forms, ...forms.flatMap(germanVariants)])]
}

const HEAD_END = new Set(['fuer', 'im', 'in', 'mit', 'schwerpunkt', 'fachrichtung'])

function headOf(words: string[]): string[] {
  const end = words.findIndex((word) => HEAD_END.has(word))
  return contentWords(end < 0 ? words : words.slice(0, end))
}

function resolveAlias(alias: OccupationAlias, lexicon: OccupationLexicon): Set<number> {
  const ids = new Set<number>()
  for (const meaning of alias.means) for (const id of matchNames(foldedWords(meaning), lexicon)) ids.add(id)
  return ids
}

/**
 * The lexicon of query understanding, from the occupations table and the aliases. Pure; the server
 * builds it once per process (lexicon.server.ts).
 */
export function buildOccupationLexicon(occupations: readonly LexiconOccupation[], aliases: readonly OccupationAlias[] = OCCUPATION_ALIASES): OccupationLexicon {
  const lexicon: OccupationLexicon = {
    names: new Map(),
    byFirstWord: new Map(),
    headWords: new Map(),
    labels: new Map(),
    aliases: new Map(),
    trainingFor: new Map(),
    kindOf: new Map(),
    nameOf: new Map(),
    fieldOf: new Map(),
    iscoOf: new Map(),
    maxSpan: 1,
  }
  const note = (words: string[]) => (lexicon.maxSpan = Math.max(lexicon.maxSpan, words.length))
  for (const occupation of occupations) {
    lexicon.kindOf.set(occupation.id, occupation.kind)
    lexicon.nameOf.set(occupation.id, occupation.name)
    if (occupation.fieldCode) lexicon.fieldOf.set(occupation.id, occupation.fieldCode)
    if (occupation.iscoGroup) lexicon.iscoOf.set(occupation.id, occupation.iscoGroup)
    for (const name of ownNames(occupation)) {
      const words = contentWords(foldedWords(name))
      if (words.length === 0) continue
      note(words)
      add(lexicon.names, words.join(''), occupation.id)
      const form: NameForm = { id: occupation.id, words, head: headOf(foldedWords(name)) }
      const list = lexicon.byFirstWord.get(words[0])
      if (list) list.push(form)
      else lexicon.byFirstWord.set(words[0], [form])
      for (const word of form.head) add(lexicon.headWords, word, occupation.id)
    }
    for (const list of Object.values(occupation.labels)) {
      for (const label of list ?? []) {
        for (const form of genderForms(label)) {
          const words = foldedWords(form)
          const key = keyOf(words)
          if (!key) continue
          note(contentWords(words))
          add(lexicon.labels, key, occupation.id)
        }
      }
    }
  }
  // An ESCO occupation stands for the training occupations linked to it, whose labels carry its name.
  const escoByName = new Map<string, number[]>()
  for (const occupation of occupations) {
    if (occupation.kind !== 'esco') continue
    for (const name of ownNames(occupation)) {
      const key = keyOf(foldedWords(name))
      escoByName.set(key, [...(escoByName.get(key) ?? []), occupation.id])
    }
  }
  for (const occupation of occupations) {
    if (occupation.kind !== 'training') continue
    for (const label of occupation.labels.de ?? []) {
      for (const form of genderForms(label)) {
        for (const escoId of escoByName.get(keyOf(foldedWords(form))) ?? []) add(lexicon.trainingFor, escoId, occupation.id)
      }
    }
  }
  for (const alias of aliases) {
    const ids = resolveAlias(alias, lexicon)
    if (ids.size === 0) continue
    if (alias.field) for (const id of ids) if (!lexicon.fieldOf.has(id)) lexicon.fieldOf.set(id, alias.field)
    for (const term of alias.terms) {
      const words = foldedWords(term)
      note(contentWords(words))
      for (const id of ids) add(lexicon.aliases, keyOf(words), id)
    }
  }
  return lexicon
}

/** Compound heads shorter than this stay exact: "Koch" must not find "Kochhelfer"'s neighbours. */
const MIN_COMPOUND_PART = 6

/**
 * Occupations a phrase names by their own names: the exact name, the names it begins
 * ("Elektroniker" → "Elektroniker/in für Betriebstechnik") and, for one long word, the compounds it
 * ends ("Mechaniker" → "Industriemechaniker", "Fahrzeuginterieur-Mechaniker").
 */
export function matchNames(words: string[], lexicon: OccupationLexicon): Set<number> {
  const content = contentWords(words)
  const ids = new Set<number>(lexicon.names.get(content.join('')) ?? [])
  if (content.length === 0) return ids
  for (const form of lexicon.byFirstWord.get(content[0]) ?? []) {
    if (form.words.length > content.length && content.every((word, i) => form.words[i] === word)) ids.add(form.id)
  }
  if (content.length === 1 && content[0].length >= MIN_COMPOUND_PART) {
    const [word] = content
    for (const [head, heads] of lexicon.headWords) if (head.endsWith(word)) for (const id of heads) ids.add(id)
  }
  return ids
}

/**
 * With the training occupations the ESCO occupations among `ids` stand for, when `ids` holds no
 * training occupation of its own: "Koch" names Koch/Köchin, not every training whose ESCO links
 * mention cooks.
 */
export function withLinkedTraining(ids: Set<number>, lexicon: OccupationLexicon): Set<number> {
  if ([...ids].some((id) => lexicon.kindOf.get(id) === 'training')) return ids
  const result = new Set(ids)
  for (const id of ids) for (const linked of lexicon.trainingFor.get(id) ?? []) result.add(linked)
  return result
}

/** "Blankenburg (Harz)" is typed "Blankenburg", "Osterode am Harz" often "Osterode". */
function placeSpellings(name: string): string[] {
  const short = name.replace(/\s*\(.*\)\s*$/, '').replace(/\s+(am|an der|im|in der|bei)\s+.*$/, '').trim()
  return short && short !== name ? [name, short] : [name]
}

export function buildPlaceLexicon(places: readonly LexiconPlace[]): PlaceLexicon {
  const lexicon: PlaceLexicon = { any: new Map(), bare: new Map(), postalCodes: new Set() }
  // Largest first, so a shared name keeps the spelling of its largest place.
  const sorted = [...places].sort((a, b) => Number(b.isHarz) - Number(a.isHarz) || (b.population ?? 0) - (a.population ?? 0))
  for (const place of sorted) {
    lexicon.postalCodes.add(place.postalCode)
    const population = place.population ?? 0
    const isBare = (place.isHarz && population >= BARE_HARZ_POPULATION) || population >= BARE_POPULATION
    // What `where` gets: resolvePlace() reads "Blankenburg" back to Blankenburg (Harz), not the parenthesis.
    const value = place.name.replace(/\s*\(.*\)\s*$/, '')
    for (const spelling of placeSpellings(place.name)) {
      const words = foldedWords(spelling)
      if (words.length === 0 || words.length > MAX_PLACE_WORDS) continue
      const key = words.join(' ')
      if (!lexicon.any.has(key)) lexicon.any.set(key, value)
      if (isBare && !lexicon.bare.has(key)) lexicon.bare.set(key, value)
    }
  }
  return lexicon
}

export const MAX_PLACE_SPAN = MAX_PLACE_WORDS
