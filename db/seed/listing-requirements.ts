import type { NewListing } from '../schema/listings'
import type { Rng } from './random'
import type { OfferType } from '../../values/listings'

type Requirements = Required<Pick<NewListing, 'minCertificate' | 'minGerman' | 'isSuitableForRefugees' | 'hasRecognitionSupport'>>
type Level = Requirements['minGerman']

// Office, lab and design trades ask more of school and language than the crafts do.
const DEMANDING = /kaufmann|laborant|produktdesigner|medizinischer|informatiker|pflegefachkraft|krankenpfleger/i
const HANDS_ON_SECTORS = new Set(['crafts', 'tourism', 'logistics', 'retail'])

const pickLevel = (rng: Rng, weights: Partial<Record<Level, number>>) =>
  rng.weighted(Object.entries(weights), ([, w]) => w)[0] as Level

/** What a listing asks for, in proportions a Harz job board would show. */
export function listingRequirements(rng: Rng, offerType: OfferType, sector: string, occupation: string): Requirements {
  const demanding = DEMANDING.test(occupation)
  const handsOn = HANDS_ON_SECTORS.has(sector) && !demanding
  let minCertificate: Requirements['minCertificate']
  let minGerman: Level
  let refugeeChance: number
  let recognitionChance = 0
  switch (offerType) {
    case 'duales-studium':
      minCertificate = rng.chance(0.6) ? 'abitur' : 'fachhochschulreife'
      minGerman = pickLevel(rng, { B2: 2, C1: 1 })
      refugeeChance = 0.05
      break
    case 'ausbildung':
      if (demanding) minCertificate = 'mittlere-reife'
      else if (handsOn) minCertificate = rng.weighted(['hauptschule', 'none', 'mittlere-reife'] as const, (c) => ({ hauptschule: 7, none: 2, 'mittlere-reife': 1 })[c])
      else minCertificate = rng.chance(0.6) ? 'mittlere-reife' : 'hauptschule'
      minGerman = demanding ? 'B2' : pickLevel(rng, handsOn ? { B1: 5, A2: 3.5, none: 1.5 } : { B1: 6, B2: 2, A2: 2 })
      refugeeChance = minGerman === 'B2' ? 0.1 : 0.35
      break
    case 'job':
      minCertificate = rng.chance(0.6) ? 'none' : 'hauptschule'
      minGerman = demanding || sector === 'care' ? 'B2' : pickLevel(rng, { B1: 10, A2: 5, B2: 4, none: 1 })
      refugeeChance = 0.2
      recognitionChance = sector === 'care' ? 0.6 : 0.3
      break
    case 'praktikum':
      minCertificate = rng.chance(0.6) ? 'none' : 'hauptschule'
      minGerman = pickLevel(rng, { A2: 2, B1: 2, none: 1 })
      refugeeChance = 0.4
      break
    case 'eq':
      minCertificate = rng.chance(0.7) ? 'none' : 'hauptschule'
      minGerman = pickLevel(rng, { A2: 3, A1: 1, B1: 1 })
      refugeeChance = 0.7
      break
  }
  return {
    minCertificate,
    minGerman,
    isSuitableForRefugees: rng.chance(refugeeChance),
    hasRecognitionSupport: rng.chance(recognitionChance),
  }
}
