import { genderForms, matchNames, MAX_PLACE_SPAN, withLinkedTraining, type OccupationLexicon, type PlaceLexicon } from './lexicon'
import { closestKeys } from './typos'
import { contentWords, FILLER_WORDS, foldedWords, JOINING_WORDS, keyOf, OFFER_TYPE_WORDS, PLACE_WORDS, WORKING_TIME_WORDS } from './words'
import type { OfferType, WorkingTime } from '../../../../values/listings'

export type QueryPart =
  | { kind: 'occupation'; from: number; to: number; text: string; occupationIds: number[]; label: string }
  | { kind: 'type'; from: number; to: number; text: string; offerTypes: OfferType[] }
  | { kind: 'time'; from: number; to: number; text: string; workingTimes: WorkingTime[] }
  | { kind: 'place'; from: number; to: number; text: string; place: string }

/** What a search text says, as filters: the parts it understood and the words left for the text match. */
export interface UnderstoodQuery {
  /** The text split at white space, as typed; parts point into it by index (`from` inclusive, `to` exclusive). */
  tokens: string[]
  parts: QueryPart[]
  /** Listings of any of these occupations; null when the text names none. */
  occupationIds: number[] | null
  offerTypes: OfferType[]
  workingTimes: WorkingTime[]
  /** A place the text names, in the gazetteer's spelling. */
  where: string | null
  /** The words that remain for the engine's text match. */
  freeText: string
}

export interface Lexicons {
  occupations: OccupationLexicon
  places: PlaceLexicon
}

const MAX_TOKENS = 24
const phraseTable = <T>(rows: ReadonlyArray<[string, T]>) => new Map(rows.map(([phrase, value]) => [foldedWords(phrase).join(' '), value]))
const OFFER_TYPES = phraseTable(OFFER_TYPE_WORDS)
const WORKING_TIMES = phraseTable(WORKING_TIME_WORDS)
const MAX_PHRASE = 3

/** The occupations a span of words names, best evidence first: aliases, own names, labels. */
function occupationsOf(words: string[], lexicon: OccupationLexicon): Set<number> | null {
  const key = keyOf(words)
  if (!key || contentWords(words).length === 0) return null
  const alias = lexicon.aliases.get(key)
  if (alias?.size) return alias
  const named = matchNames(words, lexicon)
  if (named.size) return named
  const labelled = lexicon.labels.get(key)
  return labelled?.size ? labelled : null
}

/** A mistyped word read as the word it is closest to, with everything that word would find. */
function guessOccupations(word: string, lexicon: OccupationLexicon): Set<number> | null {
  const ids = new Set<number>()
  for (const key of closestKeys(word, lexicon)) for (const id of occupationsOf([key], lexicon) ?? []) ids.add(id)
  return ids.size ? ids : null
}

function labelFor(ids: Set<number>, lexicon: OccupationLexicon, text: string): string {
  const training = [...ids].filter((id) => lexicon.kindOf.get(id) === 'training')
  const shown = (training.length > 0 ? training : [...ids]).map((id) => lexicon.nameOf.get(id)!).sort((a, b) => a.localeCompare(b, 'de'))
  return shown.length <= 3 ? shown.join(', ') : text
}

interface Cursor {
  words: string[][]
  tokens: string[]
}

const wordsBetween = (c: Cursor, from: number, to: number) => c.words.slice(from, to).flat()
const isJoining = (words: string[]) => words.length === 1 && JOINING_WORDS.has(words[0])

/** The longest phrase from `from` found in `table`, as [end, value]. */
function phraseAt<T>(c: Cursor, from: number, table: Map<string, T>): [number, T] | null {
  for (let to = Math.min(c.tokens.length, from + MAX_PHRASE); to > from; to--) {
    const value = table.get(wordsBetween(c, from, to).join(' '))
    if (value) return [to, value]
  }
  return null
}

function occupationAt(c: Cursor, from: number, lexicon: OccupationLexicon): [number, Set<number>] | null {
  if (isJoining(c.words[from])) return null
  for (let to = Math.min(c.tokens.length, from + lexicon.maxSpan); to > from; to--) {
    // "Elektriker in Nordhausen": a joining word ends no occupation, it begins what follows.
    if (isJoining(c.words[to - 1])) continue
    const ids = occupationsOf(wordsBetween(c, from, to), lexicon)
    if (ids) return [to, ids]
  }
  return null
}

function placeAt(c: Cursor, from: number, places: PlaceLexicon, afterPreposition: boolean): [number, string] | null {
  const first = c.words[from]
  if (first.length === 1 && /^\d{5}$/.test(first[0]) && places.postalCodes.has(first[0])) return [from + 1, first[0]]
  const table = afterPreposition ? places.any : places.bare
  for (let to = Math.min(c.tokens.length, from + MAX_PLACE_SPAN); to > from; to--) {
    const name = table.get(wordsBetween(c, from, to).join(' '))
    if (name) return [to, name]
  }
  return null
}

/**
 * Reads a search text the way a person means it: "Ausbildung Elektriker in Nordhausen" is the
 * occupation Elektroniker/in (all its specialisations), the offer type Ausbildung and the place
 * Nordhausen, with no words left over. Occupations are recognised by aliases, their own names
 * (gender forms, compounds, Kfz spellings) and their labels in every language, and, failing all
 * of those, by a name one or two typos away. Pure: the lexicons come from lexicon.server.ts.
 */
export function understandQuery(text: string, lexicons: Lexicons): UnderstoodQuery {
  const tokens = text
    .split(/[\s,;]+/u)
    // "Koch/Köchin", "Bäcker/in", "Kaufmann/-frau": the first gender form stands for the name.
    .map((token) => (token.includes('/') ? (genderForms(token)[0] ?? token) : token))
    .filter((token) => foldedWords(token).length > 0)
    .slice(0, MAX_TOKENS)
  const c: Cursor = { tokens, words: tokens.map(foldedWords) }
  const parts: QueryPart[] = []
  const free: string[] = []
  const raw = (from: number, to: number) => tokens.slice(from, to).join(' ')
  let i = 0
  while (i < tokens.length) {
    const offer = phraseAt(c, i, OFFER_TYPES)
    if (offer) {
      parts.push({ kind: 'type', from: i, to: offer[0], text: raw(i, offer[0]), offerTypes: offer[1] })
      i = offer[0]
      continue
    }
    const time = phraseAt(c, i, WORKING_TIMES)
    if (time) {
      parts.push({ kind: 'time', from: i, to: time[0], text: raw(i, time[0]), workingTimes: time[1] })
      i = time[0]
      continue
    }
    const occupation = occupationAt(c, i, lexicons.occupations)
    if (occupation) {
      const ids = withLinkedTraining(occupation[1], lexicons.occupations)
      parts.push({ kind: 'occupation', from: i, to: occupation[0], text: raw(i, occupation[0]), occupationIds: [...ids].sort((a, b) => a - b), label: labelFor(ids, lexicons.occupations, raw(i, occupation[0])) })
      i = occupation[0]
      continue
    }
    const isPreposition = c.words[i].length === 1 && PLACE_WORDS.has(c.words[i][0]) && i + 1 < tokens.length
    const place = isPreposition ? placeAt(c, i + 1, lexicons.places, true) : placeAt(c, i, lexicons.places, false)
    if (place) {
      parts.push({ kind: 'place', from: i, to: place[0], text: raw(i, place[0]), place: place[1] })
      i = place[0]
      continue
    }
    const guessed = c.words[i].length === 1 ? guessOccupations(c.words[i][0], lexicons.occupations) : null
    if (guessed) {
      const ids = withLinkedTraining(guessed, lexicons.occupations)
      parts.push({ kind: 'occupation', from: i, to: i + 1, text: tokens[i], occupationIds: [...ids].sort((a, b) => a - b), label: labelFor(ids, lexicons.occupations, tokens[i]) })
      i += 1
      continue
    }
    // As typed, not folded: the engines fold text their own way ("Küche" is "kuche" to Meilisearch).
    for (const word of tokens[i].split(/[^\p{L}\p{M}\p{N}]+/u)) {
      const folded = foldedWords(word).join('')
      if (folded.length > 1 && !FILLER_WORDS.has(folded)) free.push(word)
    }
    i += 1
  }
  const occupationParts = parts.filter((part) => part.kind === 'occupation')
  return {
    tokens,
    parts,
    occupationIds: occupationParts.length ? [...new Set(occupationParts.flatMap((part) => part.occupationIds))].sort((a, b) => a - b) : null,
    offerTypes: [...new Set(parts.flatMap((part) => (part.kind === 'type' ? part.offerTypes : [])))],
    workingTimes: [...new Set(parts.flatMap((part) => (part.kind === 'time' ? part.workingTimes : [])))],
    where: parts.find((part) => part.kind === 'place')?.place ?? null,
    freeText: free.join(' '),
  }
}

/** The search text without one understood part: what the page links to for removing it. */
export function withoutPart(query: UnderstoodQuery, part: QueryPart): string {
  return [...query.tokens.slice(0, part.from), ...query.tokens.slice(part.to)].join(' ')
}
