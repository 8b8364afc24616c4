import { MeilisearchApiError, type Settings } from 'meilisearch'
import type { SearchHandle } from './client'
import { buildSynonyms, type Synonyms } from './synonyms'
import { LONG_TASK_TIMEOUT_MS, waitForSuccess } from './tasks'

export { buildSynonyms, type Synonyms }

/** The listings index as code. Applied at start and to every freshly built index on reindex. */
export const listingIndexSettings = {
  // Order is weight: a hit in the title outranks one in the description.
  searchableAttributes: ['title', 'occupationName', 'occupationLabels', 'company', 'place', 'district', 'description'],
  filterableAttributes: [
    'offerType',
    'fieldCode',
    'fieldArea',
    'workingTime',
    'startTs',
    'minCertificateRank',
    'minGermanRank',
    'salaryMonthlyMin',
    'benefits',
    'isSuitableForRefugees',
    'hasRecognitionSupport',
    'needsDrivingLicence',
    'isCrafts',
    'companyVerified',
    'publishedTs',
    'expiresTs',
    'district',
    'districtCode',
    'state',
    '_geo',
    'id',
    'occupationId',
    'companyId',
    'companySlug',
  ],
  // _geo must be sortable as well as filterable to sort by distance.
  sortableAttributes: ['publishedTs', 'startTs', 'salaryMonthlyMin', '_geo'],
  // The defaults, then featured listings, then newer ones — both only among hits every relevance rule
  // (and the chosen sort) leaves equal, so a promotion never lifts a worse match over a better one.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'featuredRank:desc', 'publishedTs:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // German segmentation splits compounds, so "Mechatroniker" finds "Kraftfahrzeugmechatroniker".
  // Labels hold five languages: pinned to German alone, "electrician" and "boulanger" stopped matching
  // (measured on 1.21). Proper names (company, place) stay with automatic detection.
  localizedAttributes: [
    { attributePatterns: ['title', 'occupationName', 'description'], locales: ['deu'] },
    { attributePatterns: ['occupationLabels'], locales: ['deu', 'eng', 'ara', 'fra', 'spa'] },
  ],
  faceting: { maxValuesPerFacet: 200 },
  // Deep pages of broad searches; the pager stops at the same window (MAX_RESULT_WINDOW).
  pagination: { maxTotalHits: 10_000 },
} satisfies Settings

export function listingSettingsWith(synonyms: Synonyms | undefined): Settings {
  return { ...listingIndexSettings, synonyms: synonyms ?? buildSynonyms([]) }
}

export async function ensureIndex(search: SearchHandle, uid: string): Promise<void> {
  try {
    await search.client.getIndex(uid)
    return
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error
  }
  try {
    await waitForSuccess(search.client.createIndex(uid, { primaryKey: 'id' }), LONG_TASK_TIMEOUT_MS)
  } catch (error) {
    // Another process created it between our check and our create.
    if ((error as { code?: string }).code !== 'index_already_exists') throw error
  }
}

/**
 * Creates the listings index if needed and applies the settings, waiting until Meilisearch has
 * re-indexed under them. `synonyms` should come from buildSynonyms(occupations); without it only
 * the fixed word equivalences apply.
 */
export async function applyListingSettings(search: SearchHandle, opts: { synonyms?: Synonyms; indexUid?: string } = {}): Promise<void> {
  const uid = opts.indexUid ?? search.listingsIndex
  await ensureIndex(search, uid)
  await waitForSuccess(search.client.index(uid).updateSettings(listingSettingsWith(opts.synonyms)), LONG_TASK_TIMEOUT_MS)
}
