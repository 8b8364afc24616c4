import { Form, Link } from '@remix-run/react'
import { useT } from '~/i18n'

/** A managed row's actions: edit (a link to the form below the table; none when it cannot be saved) and delete. */
export function EditDeleteActions({ id, title, editHref }: { id: string; title: string; editHref: string | null }) {
  const t = useT()
  return (
    <div className="row-actions">
      {editHref ? (
        <Link to={editHref} aria-label={t('events.manage.editLabel', { title })}>
          {t('events.manage.edit')}
        </Link>
      ) : null}
      <Form method="post" className="inline">
        <input type="hidden" name="id" value={id} />
        <button type="submit" name="intent" value="delete" className="button button--small button--danger" aria-label={t('events.manage.deleteLabel', { title })}>
          {t('events.manage.delete')}
        </button>
      </Form>
    </div>
  )
}
