import type { Lang, MessageKey, Translate } from '~/i18n'
import type { FacetValue } from '~/modules/search/search-types'
import type { FacetParam, FilterParam, SearchInput } from '~/modules/search/search-params'
import { formatMoney, pluralKey } from '~/utils/format'

export const FACET_TITLE: Record<FacetParam, MessageKey> = {
  type: 'search.facet.type',
  field: 'search.facet.field',
  time: 'search.facet.time',
  district: 'search.facet.district',
  state: 'search.facet.state',
  benefit: 'search.facet.benefit',
  worklang: 'search.facet.worklang',
}

/** How one facet value reads: a dictionary entry for fixed values, the data's own name otherwise. */
export function facetValueLabel(t: Translate, param: FacetParam, facet: Pick<FacetValue, 'value' | 'label'>): string {
  switch (param) {
    case 'type':
      return t(`offerType.${facet.value}` as MessageKey)
    case 'time':
      return t(`workingTime.${facet.value}` as MessageKey)
    case 'benefit':
      return t(`benefit.${facet.value}` as MessageKey)
    case 'worklang':
      return t(`language.${facet.value}` as MessageKey)
    default:
      return facet.label ?? facet.value
  }
}

/** A short name of an active filter with its value, for "remove this filter" offers. */
export function filterLabel(t: Translate, lang: Lang, param: FilterParam, input: SearchInput, titles: Map<string, string>): string {
  switch (param) {
    case 'start':
      return `${t('search.filter.start')}: ${input.start}`
    case 'cert':
      return t(`certificate.${input.cert!}`)
    case 'german':
      return `${t('search.filter.german')}: ${input.german}`
    case 'salary':
      return t('search.filter.salaryValue', { amount: formatMoney(lang, input.salary!) })
    case 'refugees':
      return t('search.filter.refugees')
    case 'germancourse':
      return t('search.filter.germancourse')
    case 'verified':
      return t('search.filter.verified')
    case 'since':
      return t(pluralKey(lang, input.since!, { one: 'search.filter.since.one', other: 'search.filter.since.other' }), { count: input.since! })
    default: {
      const values = input[param].map((value) => facetValueLabel(t, param, { value, label: titles.get(value) ?? null }))
      return `${t(FACET_TITLE[param])}: ${values.join(', ')}`
    }
  }
}
