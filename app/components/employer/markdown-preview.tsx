import { useT } from '~/i18n'

/**
 * The description as the public page will show it. `html` comes from the server's sanitizing
 * Markdown renderer (the preview button re-renders the page), never from the browser.
 */
export function MarkdownPreview({ html }: { html: string | null | undefined }) {
  const t = useT()
  if (html == null) return null
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">{t('employer.preview.title')}</h3>
      {html ? <div className="preview__body" dangerouslySetInnerHTML={{ __html: html }} /> : <p>{t('employer.preview.empty')}</p>}
    </section>
  )
}

/** The submit button that asks the server for a preview; with it, nothing is saved. */
export function PreviewButton() {
  const t = useT()
  return (
    <button type="submit" name="intent" value="preview" className="button button--small" formNoValidate>
      {t('employer.preview.button')}
    </button>
  )
}
