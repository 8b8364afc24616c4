import { REFERENCE_DATA_ATTRIBUTIONS } from '../../../db/reference/attribution'

/** The credit lines the reference data licences require, verbatim and in their original language. */
export function getAttributionLines(): string[] {
  return [...REFERENCE_DATA_ATTRIBUTIONS]
}
