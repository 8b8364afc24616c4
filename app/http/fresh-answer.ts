/** Whether a request asks for an answer computed now (`Cache-Control: no-cache`, as a browser's hard reload sends). */
export function asksForFreshAnswer(request: Request): boolean {
  return /\bno-cache\b/.test(request.headers.get('cache-control') ?? '') || request.headers.get('pragma') === 'no-cache'
}
