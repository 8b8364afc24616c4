import { useSearchParams } from '@remix-run/react'
import { PageLinks } from '~/components/search/pagination'

/** Page links that keep every filter of the current address. */
export function CandidatePager({ page, count }: { page: number; count: number }) {
  const [params] = useSearchParams()
  const href = (to: number) => {
    const next = new URLSearchParams(params)
    next.set('page', String(to))
    return `?${next}`
  }
  return <PageLinks page={page} count={count} href={href} />
}
