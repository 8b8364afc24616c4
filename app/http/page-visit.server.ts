import type { PageVisit } from '~/modules/dashboard/views.server'

/** A prefetch is the browser guessing, not a person reading: it is not a view. */
function isPrefetch(request: Request): boolean {
  const purpose = `${request.headers.get('purpose') ?? ''} ${request.headers.get('sec-purpose') ?? ''}`
  return /prefetch|prerender/i.test(purpose)
}

/** The page request as the view counter needs it: only a GET that is not a prefetch is a person reading. */
export function pageVisitOf(request: Request): PageVisit {
  return { isPageView: request.method === 'GET' && !isPrefetch(request), userAgent: request.headers.get('user-agent') }
}
