import { TextForm } from '~/components/applications/text-form'
import { useLang, useT } from '~/i18n'
import type { CaseNote } from '~/modules/counselling/case-records.server'
import type { FormState } from '~/utils/action-data'
import { formatDate } from '~/utils/format'

/** The course of the counselling: the chamber's notes with author and date, and a form for the next one. */
export function CaseNotes({ notes, state }: { notes: CaseNote[]; state?: FormState }) {
  const t = useT()
  const lang = useLang()
  return (
    <>
      <section className="app-section" aria-labelledby="case-notes">
        <h2 id="case-notes">{t('counselling.case.notes')}</h2>
        {notes.length === 0 ? (
          <p>{t('counselling.case.notes.empty')}</p>
        ) : (
          <ol className="timeline">
            {notes.map((note) => (
              <li key={note.id} className="timeline__entry timeline__entry--note">
                <p className="timeline__head">
                  {t('counselling.case.note.by', {
                    author: note.authorName ?? t('counselling.case.note.formerStaff'),
                    date: formatDate(lang, note.createdAt),
                  })}
                </p>
                <p className="timeline__text">{note.text}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <TextForm
        intent="note"
        title="counselling.case.note.add"
        label="counselling.case.note.label"
        hint="counselling.case.note.hint"
        submit="counselling.case.note.submit"
        state={state}
      />
    </>
  )
}
