import { Form, Link } from '@remix-run/react'
import { useId } from 'react'
import { useLang, useT } from '~/i18n'
import type { PipelineItem } from '~/modules/applications/pipeline.server'
import { companyTargets, nextStatus, PIPELINE_STATUSES } from '~/modules/applications/status'
import { formatDate } from '~/utils/format'
import { OverdueBadge } from './status-badge'

/**
 * Columns of cards, one per status. Each card moves with a small form, so the board works without
 * JavaScript; rejecting happens on the application's page, where the team sees the text it sends.
 */
export function PipelineBoard({ items }: { items: PipelineItem[] }) {
  const t = useT()
  const withdrawn = items.filter((a) => a.status === 'withdrawn')
  const columns = PIPELINE_STATUSES.map((status) => ({ status, cards: items.filter((a) => a.status === status) }))
  return (
    <div className="board-wrap">
      {/* Jumps to a column: the board scrolls sideways inside its box, and every column stays one link away. */}
      <ul className="board__jump" aria-label={t('applications.pipeline.columns')}>
        {columns.map(({ status, cards }) => (
          <li key={status}>
            <a href={`#board-${status}`}>
              {t(`applications.status.${status}`)} ({cards.length})
            </a>
          </li>
        ))}
      </ul>
      <div className="board" role="region" aria-label={t('applications.pipeline.boardRegion')} tabIndex={0}>
        {columns.map(({ status, cards }) => (
          <section key={status} id={`board-${status}`} className="board__column" aria-labelledby={`column-${status}`}>
            <h2 id={`column-${status}`} className="board__title">
              {t(`applications.status.${status}`)} <span className="muted">({cards.length})</span>
            </h2>
            {cards.length === 0 ? <p className="muted">{t('applications.pipeline.columnEmpty')}</p> : null}
            <ul className="board__cards">
              {cards.map((a) => (
                <BoardCard key={a.id} item={a} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {withdrawn.length > 0 ? (
        <section aria-labelledby="column-withdrawn">
          <h2 id="column-withdrawn">{t('applications.pipeline.withdrawnList')}</h2>
          <ul>
            {withdrawn.map((a) => (
              <li key={a.id}>
                <Link to={`/employer/applications/${a.id}`}>{a.applicantName ?? t('applications.pipeline.erased')}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

function BoardCard({ item }: { item: PipelineItem }) {
  const t = useT()
  const lang = useLang()
  const selectId = useId()
  const name = item.applicantName ?? t('applications.pipeline.erased')
  const targets = companyTargets(item.status).filter((s) => s !== 'rejected')
  return (
    <li className="board__card">
      <p className="board__name">
        <Link to={`/employer/applications/${item.id}`}>{name}</Link>
      </p>
      <p className="muted">{formatDate(lang, item.createdAt)}</p>
      {item.isOverdue ? <OverdueBadge /> : null}
      {item.applicantName && targets.length > 0 ? (
        <Form method="post" className="board__move">
          <input type="hidden" name="intent" value="move" />
          <input type="hidden" name="applicationId" value={item.id} />
          <label htmlFor={selectId}>{t('applications.pipeline.moveTo')}</label>
          <select id={selectId} name="status" defaultValue={nextStatus(item.status) ?? targets[0]}>
            {targets.map((s) => (
              <option key={s} value={s}>
                {t(`applications.status.${s}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" aria-label={t('applications.pipeline.moveOne', { name })}>
            {t('applications.pipeline.move')}
          </button>
        </Form>
      ) : null}
    </li>
  )
}
