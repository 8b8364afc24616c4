import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'

// A private instance, so nobody's global `marked.use()` changes how employer text is rendered.
const marked = new Marked({ gfm: true, breaks: false, async: false })

/**
 * Employers write Markdown; the page sits under a section heading (h2), so their headings start
 * one level below it. Images, scripts, styles, iframes and event handlers are dropped; links keep
 * only http(s) and mailto and are marked as user content.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object'],
  transformTags: {
    h1: 'h3',
    h2: 'h3',
    h3: 'h4',
    h4: 'h4',
    h5: 'h4',
    h6: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow ugc noopener' }),
  },
}

/** Markdown written by an employer → HTML safe to put into the page and into JSON-LD. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown ?? '') as string
  return sanitizeHtml(html, SANITIZE).trim()
}
