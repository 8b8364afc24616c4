import { type NewListing } from '../schema/listings'
import { createRng } from './random'
import { type OfferType, WORKPLACE_LANGUAGES, type WorkplaceLanguage } from '../../values/listings'

type Languages = Required<Pick<NewListing, 'workplaceLanguages' | 'supportsGermanCourse'>>

/** Sectors whose teams often work in more than German: production lines, kitchens, warehouses, care. */
const MIXED_TEAM_SECTORS: Record<string, number> = { automotive: 0.2, logistics: 0.3, tourism: 0.25, care: 0.2, metal_electrical: 0.15, chemistry: 0.1, crafts: 0.08, retail: 0.08 }
/** English at work: international firms and hotels more than the crafts. */
const ENGLISH: Record<string, number> = { automotive: 0.3, chemistry: 0.35, tourism: 0.35, metal_electrical: 0.2, logistics: 0.15, care: 0.05, crafts: 0.05, retail: 0.1 }
/** Roughly the weight of each newcomer group in the Harz districts. */
const SECOND_LANGUAGE: Array<[WorkplaceLanguage, number]> = [
  ['uk', 30], ['ru', 15], ['pl', 15], ['ar', 12], ['tr', 10], ['ro', 8], ['bg', 4], ['vi', 3], ['fa', 2], ['ku', 1],
]

/** A seed of its own per listing, so adding these facts leaves every other demo value as it was. */
function seedOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * Workplace languages and German-course support in proportions a Harz board would show: most
 * listings that say anything say German; English and one language of a newcomer group follow by
 * sector; courses come with listings open to refugees and with entry qualifications.
 */
export function listingLanguages(key: string, f: { offerType: OfferType; sector: string; isSuitableForRefugees: boolean; minGerman: string }): Languages {
  const rng = createRng(seedOf(key))
  const languages: WorkplaceLanguage[] = []
  if (rng.chance(0.55)) languages.push('de')
  if (rng.chance(ENGLISH[f.sector] ?? 0.1)) languages.push('en')
  const mixed = (MIXED_TEAM_SECTORS[f.sector] ?? 0.05) * (f.isSuitableForRefugees ? 2 : 1)
  if (f.offerType !== 'duales-studium' && rng.chance(mixed)) {
    languages.push(rng.weighted(SECOND_LANGUAGE, ([, w]) => w)[0])
    if (!languages.includes('de')) languages.unshift('de')
  }
  const lowGerman = f.minGerman === 'none' || f.minGerman === 'A1' || f.minGerman === 'A2'
  const courseChance = f.offerType === 'eq' ? 0.5 : f.isSuitableForRefugees ? 0.45 : lowGerman ? 0.2 : 0.06
  return { workplaceLanguages: WORKPLACE_LANGUAGES.filter((code) => languages.includes(code)), supportsGermanCourse: rng.chance(courseChance) }
}
