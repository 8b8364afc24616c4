// A placeholder origin: only the question "same origin or not?" is asked of it.
const HOME = 'http://home.invalid'

/**
 * Where to send someone after signing in or switching the language: the target resolved the way a
 * browser would resolve it (backslashes, tabs and line breaks, `.` and `..` segments), kept only when
 * it stays on this site. The answer is the serialised path, percent-encoded, so it is always a valid
 * Location header and can never read as `//host` or `/\host`.
 */
export function safeRedirect(to: unknown, fallback = '/'): string {
  if (typeof to !== 'string' || !to.startsWith('/')) return fallback
  let url: URL
  try {
    url = new URL(to, HOME)
  } catch {
    return fallback
  }
  if (url.origin !== HOME) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  return /^\/(?![/\\])/.test(path) ? path : fallback
}
