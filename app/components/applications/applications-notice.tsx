import { useSearchParams } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'

/** Success messages a redirect may ask for with `?done=`; anything else is ignored, so links cannot inject text. */
const DONE = {
  applied: 'applications.done.applied',
  already: 'applications.done.already',
  message: 'applications.done.messageSent',
  withdrawn: 'applications.done.withdrawn',
  status: 'applications.done.statusChanged',
  rejected: 'applications.done.rejected',
  note: 'applications.done.noteAdded',
} satisfies Record<string, MessageKey>

export type ApplicationsDone = keyof typeof DONE

export function ApplicationsNotice() {
  const t = useT()
  const [params] = useSearchParams()
  const key = params.get('done') as ApplicationsDone | null
  if (!key || !(key in DONE)) return null
  return (
    <div className={key === 'already' ? 'alert alert--info' : 'alert alert--success'} role="status">
      {t(DONE[key])}
    </div>
  )
}
