import { useSearchParams } from '@remix-run/react'
import { useT, type MessageKey } from '~/i18n'

/** Success messages a redirect may ask for with `?done=`; anything else is ignored. */
const DONE = {
  saved: 'employer.done.saved',
  published: 'employer.done.published',
  renewed: 'employer.done.renewed',
  closed: 'employer.done.closed',
  duplicated: 'employer.done.duplicated',
  logo: 'employer.done.logo',
  'logo-removed': 'employer.done.logoRemoved',
  imported: 'imports.done',
} satisfies Record<string, MessageKey>

export function DoneNotice() {
  const t = useT()
  const [params] = useSearchParams()
  const key = params.get('done') as keyof typeof DONE | null
  if (!key || !(key in DONE)) return null
  return (
    <div className="alert alert--success" role="status">
      {t(DONE[key], { count: Number(params.get('count')) || 0 })}
    </div>
  )
}
