import { useSearchParams } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'

/** Success messages a redirect may ask for with `?done=`; anything else is ignored, so links cannot inject text. */
const DONE = {
  invited: 'candidates.done.invited',
  already: 'candidates.done.already',
  withdrawn: 'candidates.done.withdrawn',
  accepted: 'candidates.done.accepted',
  declined: 'candidates.done.declined',
} satisfies Record<string, MessageKey>

export type CandidatesDone = keyof typeof DONE

export function CandidatesNotice() {
  const t = useT()
  const [params] = useSearchParams()
  const key = params.get('done') as CandidatesDone | null
  if (!key || !(key in DONE)) return null
  return (
    <div className={key === 'already' ? 'alert alert--info' : 'alert alert--success'} role="status">
      {t(DONE[key])}
    </div>
  )
}
