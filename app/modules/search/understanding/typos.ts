import type { OccupationLexicon } from './lexicon'

/** Typos forgiven by word length, as Meilisearch forgives them (search/settings.ts). */
const ONE_TYPO_FROM = 5
const TWO_TYPOS_FROM = 9

/**
 * Optimal-string-alignment distance (a swap of neighbours counts once), or `max + 1` as soon as it
 * cannot stay within `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1)
    current[0] = i
    let best = current[0]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1)
      current[j] = value
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]
}

type Buckets = Map<number, string[]>

const indexes = new WeakMap<OccupationLexicon, { named: Buckets; labelled: Buckets }>()

function bucketsOf(...maps: Array<Map<string, Set<number>>>): Buckets {
  const buckets: Buckets = new Map()
  for (const map of maps) {
    for (const key of map.keys()) {
      if (key.length < ONE_TYPO_FROM) continue
      const list = buckets.get(key.length) ?? []
      list.push(key)
      buckets.set(key.length, list)
    }
  }
  return buckets
}

function closestIn(word: string, buckets: Buckets, max: number): string[] {
  let best = max + 1
  let keys: string[] = []
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const key of buckets.get(length) ?? []) {
      // People rarely mistype the first letter; requiring it keeps ordinary words from turning into occupations.
      if (key[0] !== word[0]) continue
      const distance = typoDistance(word, key, Math.min(max, best))
      if (distance < best) [best, keys] = [distance, [key]]
      else if (distance === best) keys.push(key)
    }
  }
  return best <= max ? [...new Set(keys)] : []
}

/**
 * The keys (aliases and names first, then labels within one typo) closest to a mistyped word
 * ("Mechatronker" → "mechatroniker", "Fliseur" → "friseur"); none for short words and words no key is near.
 */
export function closestKeys(word: string, lexicon: OccupationLexicon): string[] {
  if (word.length < ONE_TYPO_FROM) return []
  const max = word.length >= TWO_TYPOS_FROM ? 2 : 1
  let index = indexes.get(lexicon)
  if (!index) indexes.set(lexicon, (index = { named: bucketsOf(lexicon.aliases, lexicon.names), labelled: bucketsOf(lexicon.labels) }))
  const named = closestIn(word, index.named, max)
  // Labels are many and loose (ESCO lists "Schnitzwerker"): one typo only, or "Schnitzwerk" would be an occupation.
  return named.length ? named : closestIn(word, index.labelled, 1)
}
