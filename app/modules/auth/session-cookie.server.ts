/** The cookie carries the only copy of the token; scripts can never read it. */
export function sessionCookieName(secure: boolean) {
  return secure ? '__Host-session' : 'session'
}

export function readSessionToken(cookieHeader: string | null | undefined, secure: boolean): string | null {
  if (!cookieHeader) return null
  const name = sessionCookieName(secure)
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=') || null
  }
  return null
}

export function serializeSessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${sessionCookieName(secure)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
    secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ')
}

export function serializeBlankSessionCookie(secure: boolean): string {
  return [`${sessionCookieName(secure)}=`, 'Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0', secure ? 'Secure' : '']
    .filter(Boolean)
    .join('; ')
}
