import { MeilisearchApiError, type Settings } from 'meilisearch'
import type { SearchHandle } from './client'
import { LISTING_DOCUMENT_VERSION } from './documents'
import { buildSynonyms, type Synonyms } from './synonyms'
import { LONG_TASK_TIMEOUT_MS, waitForSuccess } from './tasks'

export { buildSynonyms, type Synonyms }

/** The listings index as code. Applied at start and to every freshly built index on reindex. */
export const listingIndexSettings = {
  // Order is weight: a hit in the title outranks one in the description.
  searchableAttributes: [
    'title',
    'occupationName',
    'occupationLabels',
    'occupationLabelsEn',
    'occupationLabelsAr',
    'occupationLabelsUk',
    'occupationLabelsTr',
    'occupationLabelsFr',
    'occupationLabelsEs',
    'company',
    'place',
    'district',
    'description',
  ],
  // Only what the app filters by (and companyId for partners and tests), and only the kind of filter
  // it uses: each filterable attribute costs indexing time, a range (comparison) index more so. No
  // facet search: the app counts facet values but never searches inside them.
  filterableAttributes: [
    {
      attributePatterns: [
        'offerType',
        'fieldCode',
        'workingTime',
        'benefits',
        'isSuitableForRefugees',
        'workplaceLanguages',
        'supportsGermanCourse',
        'companyVerified',
        'district',
        'state',
        'placeId',
        'occupationId',
        'companyId',
      ],
      features: { facetSearch: false, filter: { equality: true, comparison: false } },
    },
    {
      attributePatterns: ['startTs', 'minCertificateRank', 'minGermanRank', 'salaryMonthlyMin', 'publishedTs', 'expiresTs'],
      features: { facetSearch: false, filter: { equality: true, comparison: true } },
    },
    '_geo',
  ],
  facetSearch: false,
  // _geo must be sortable as well as filterable to sort by distance.
  sortableAttributes: ['publishedTs', 'startTs', 'salaryMonthlyMin', '_geo'],
  // The defaults, then featured listings, then newer ones — both only among hits every relevance rule
  // (and the chosen sort) leaves equal, so a promotion never lifts a worse match over a better one.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'featuredRank:desc', 'publishedTs:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // No German locale: Meilisearch 1.21's German segmenter cuts words it does not know into two-letter
  // pieces ("Ch", "em", "ik") that match nearly every description, and later releases segment
  // differently. Occupations are recognised before the engine (app/modules/search/understanding) and
  // searched by id, so results do not depend on a segmenter (docs/decisions/012). The other label
  // languages keep one locale each: one attribute with five locales made Meilisearch detect the
  // language of every label, which tripled indexing time.
  localizedAttributes: [
    { attributePatterns: ['occupationLabelsEn'], locales: ['eng'] },
    { attributePatterns: ['occupationLabelsAr'], locales: ['ara'] },
    { attributePatterns: ['occupationLabelsUk'], locales: ['ukr'] },
    { attributePatterns: ['occupationLabelsTr'], locales: ['tur'] },
    { attributePatterns: ['occupationLabelsFr'], locales: ['fra'] },
    { attributePatterns: ['occupationLabelsEs'], locales: ['spa'] },
  ],
  // Proximity within one attribute only: ranking barely changes, indexing takes half the time.
  proximityPrecision: 'byAttribute',
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

/** True when the index holds documents of an older shape (or of none): then it must be rebuilt. */
export async function hasStaleDocuments(search: SearchHandle): Promise<boolean> {
  const { results } = await search.client.index(search.listingsIndex).getDocuments<{ v?: number }>({ limit: 1, fields: ['v'] })
  return results.length > 0 && results[0].v !== LISTING_DOCUMENT_VERSION
}
