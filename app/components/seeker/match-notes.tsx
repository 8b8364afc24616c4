import { useId } from 'react'
import { useLang, useT } from '~/i18n'
import { renderMatchNote } from '~/modules/matching/match-text'
import type { MatchResult } from '~/modules/matching/match-types'

/**
 * "Passt zu 82 %" with the reasons and the gaps behind it, in the reader's language. In a list of
 * many (`isCollapsed`), the reasons and gaps sit in a `<details>` under the score.
 */
export function MatchSummary({ match, headingLevel = 3, isCollapsed = false }: { match: MatchResult; headingLevel?: 3 | 4; isCollapsed?: boolean }) {
  const t = useT()
  const score = <p className="match-score">{t('match.score', { score: match.score })}</p>
  if (!isCollapsed || match.reasons.length + match.gaps.length === 0) {
    return (
      <div className="match-summary">
        {score}
        <MatchNotes match={match} headingLevel={headingLevel} />
      </div>
    )
  }
  return (
    <div className="match-summary">
      {score}
      <details className="match-details">
        <summary>{t('match.showNotes', { reasons: match.reasons.length, gaps: match.gaps.length })}</summary>
        <MatchNotes match={match} headingLevel={headingLevel} />
      </details>
    </div>
  )
}

function MatchNotes({ match, headingLevel }: { match: MatchResult; headingLevel: 3 | 4 }) {
  const t = useT()
  const lang = useLang()
  const id = useId()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <>
      {match.reasons.length > 0 ? (
        <>
          <Heading id={`${id}-reasons`}>{t('match.reasons')}</Heading>
          <ul className="match-notes match-notes--reasons" aria-labelledby={`${id}-reasons`}>
            {match.reasons.map((note, i) => (
              <li key={i}>{renderMatchNote(lang, note)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {match.gaps.length > 0 ? (
        <>
          <Heading id={`${id}-gaps`}>{t('match.gaps')}</Heading>
          <ul className="match-notes match-notes--gaps" aria-labelledby={`${id}-gaps`}>
            {match.gaps.map((note, i) => (
              <li key={i}>{renderMatchNote(lang, note)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
