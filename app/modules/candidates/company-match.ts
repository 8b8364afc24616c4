import { candidatesDe } from '~/i18n/candidates.de'
import type { MessageKey } from '~/i18n/types'
import type { MatchNote, MatchResult } from '../matching/match-types'

/**
 * The score's reasons are written to the seeker ("your German is enough"); a company reads the
 * same note in the third person from its own dictionary entry (`candidates.match.*`). A note
 * without such an entry keeps its own text.
 */
function forCompany(note: MatchNote): MatchNote {
  const key = `candidates.${note.key}`
  return key in candidatesDe ? { ...note, key: key as MessageKey } : note
}

export function matchForCompany(match: MatchResult): MatchResult {
  return { ...match, reasons: match.reasons.map(forCompany), gaps: match.gaps.map(forCompany) }
}
