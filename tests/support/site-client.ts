/**
 * A visitor's way through the site over HTTP, as a browser without JavaScript submits its forms:
 * sign in, apply, change an application's status. Used by the multi-process test and `bench:load`.
 * `clientIp` is sent as X-Forwarded-For, as the site's proxy would, so the per-address rate limits
 * meet many visitors, not one loopback address.
 */
export interface Visit {
  baseUrl: string
  clientIp: string
}

function formHeaders(visit: Visit, cookie?: string): Record<string, string> {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    origin: visit.baseUrl,
    'x-forwarded-for': visit.clientIp,
    ...(cookie ? { cookie } : {}),
  }
}

async function post(visit: Visit, path: string, form: Record<string, string>, cookie?: string): Promise<Response> {
  const response = await fetch(`${visit.baseUrl}${path}`, { method: 'POST', headers: formHeaders(visit, cookie), body: new URLSearchParams(form), redirect: 'manual' })
  await response.arrayBuffer()
  return response
}

export class SiteError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/** Signs in through the form; returns the session cookie to send with later requests. */
export async function signIn(visit: Visit, email: string, password: string): Promise<string> {
  const response = await post(visit, '/login', { email, password, redirectTo: '' })
  const cookie = response.headers.get('set-cookie')?.split(';', 1)[0]
  if (response.status !== 302 || !cookie) throw new SiteError(`sign-in of ${email}: HTTP ${response.status}`, response.status)
  return cookie
}

/** Applies to a listing; returns the new (or earlier) application's id. */
export async function apply(visit: Visit, cookie: string, listingId: number): Promise<string> {
  const response = await post(visit, `/jobs/${listingId}/apply`, { coverLetter: 'Ich möchte gern bei Ihnen lernen.' }, cookie)
  const id = /\/me\/applications\/([0-9a-f-]{36})/.exec(response.headers.get('location') ?? '')?.[1]
  if (response.status !== 302 || !id) throw new SiteError(`apply to ${listingId}: HTTP ${response.status}`, response.status)
  return id
}

/** The company moves an application to another status; the seeker is mailed. */
export async function changeStatus(visit: Visit, cookie: string, applicationId: string, status: string): Promise<void> {
  const response = await post(visit, `/employer/applications/${applicationId}`, { intent: 'status', status, text: '' }, cookie)
  if (response.status !== 302) throw new SiteError(`status of ${applicationId}: HTTP ${response.status}`, response.status)
}
