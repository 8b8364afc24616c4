import { useLang, useT } from '~/i18n'
import type { ReplyStats } from '~/modules/applications/reply-deadlines.server'
import { pluralKey } from '~/utils/format'

/** "Antwortet meist innerhalb von 3 Tagen" – the company's median time to a first answer. */
export function ReplyTime({ stats }: { stats: ReplyStats }) {
  const t = useT()
  const lang = useLang()
  return (
    <p className="muted" title={t('applications.replyTime.basis', { count: stats.replies })}>
      {t(pluralKey(lang, stats.medianDays, { one: 'applications.replyTime.one', other: 'applications.replyTime.other' }), { days: stats.medianDays })}
    </p>
  )
}
