import { Form, Link } from '@remix-run/react'
import { SelectField, TextAreaField } from '~/components/form/form-controls'
import { FormMessage } from '~/components/form/field'
import { useLang, useT } from '~/i18n'
import type { CaseRecommendation } from '~/modules/counselling/case-records.server'
import type { CaseView } from '~/modules/counselling/caseload.server'
import { RECOMMENDATION_NOTE_MAX } from '~/modules/counselling/counselling.schema'
import { fieldError, valueOf, type FormState } from '~/utils/action-data'
import { formatDate } from '~/utils/format'
import { listingPath } from '~/utils/slug'

/** Choose one of the seeker's best open matches, add a note, and it goes to the seeker; below, what was recommended. */
export function RecommendForm({ matches, recommendations, state }: { matches: CaseView['matches']; recommendations: CaseRecommendation[]; state?: FormState }) {
  const t = useT()
  const lang = useLang()
  const recommended = new Set(recommendations.map((r) => r.listingId))
  const options = matches
    .filter(({ listing }) => !recommended.has(listing.id))
    .map(({ listing, match }) => ({
      value: String(listing.id),
      label: t('counselling.case.recommend.option', { title: listing.title, company: listing.companyName, place: listing.placeName, score: match.score }),
    }))
  return (
    <>
      <section className="app-section" aria-labelledby="recommend-title">
        <h2 id="recommend-title">{t('counselling.case.recommend.title')}</h2>
        {options.length === 0 ? (
          <p>{t('counselling.case.recommend.none')}</p>
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="recommend" />
            <FormMessage error={state?.formError} />
            <SelectField
              name="listingId"
              label="counselling.case.recommend.listing"
              hint="counselling.case.recommend.listing.hint"
              options={options}
              defaultValue={valueOf(state, 'listingId', options[0].value)}
              error={fieldError(state, 'listingId')}
              required
            />
            <TextAreaField
              name="note"
              label="counselling.case.recommend.note"
              hint="counselling.case.recommend.note.hint"
              defaultValue={valueOf(state, 'note')}
              error={fieldError(state, 'note')}
              maxLength={RECOMMENDATION_NOTE_MAX}
              rows={3}
            />
            <p className="form-actions">
              <button type="submit" className="button button--primary">
                {t('counselling.case.recommend.submit')}
              </button>
            </p>
          </Form>
        )}
      </section>
      {recommendations.length ? (
        <section className="app-section" aria-labelledby="recommended-title">
          <h2 id="recommended-title">{t('counselling.case.recommended')}</h2>
          <ul className="timeline">
            {recommendations.map((r) => (
              <li key={r.id} className="timeline__entry">
                <p className="timeline__head">
                  <Link to={listingPath(r.listingId, r.listingTitle)}>{r.listingTitle}</Link> – {r.companyName}
                </p>
                <p className="muted">
                  {t('counselling.case.recommended.by', {
                    author: r.counsellorName ?? t('counselling.case.note.formerStaff'),
                    date: formatDate(lang, r.createdAt),
                  })}
                  {r.isOpen ? null : ` · ${t('counselling.case.recommended.closed')}`}
                </p>
                {r.note ? <p className="timeline__text">{r.note}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
