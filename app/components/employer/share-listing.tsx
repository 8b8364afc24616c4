import { useState } from 'react'
import { useHydrated } from '~/components/use-hydrated'
import { useT } from '~/i18n'

/**
 * The public address of a listing to pass on: a read-only field (select and copy, works without
 * JavaScript), a copy button once JavaScript runs, and a mail link that opens the mail program.
 */
export function ShareListing({ url, title }: { url: string; title: string }) {
  const t = useT()
  const isHydrated = useHydrated()
  const [copied, setCopied] = useState(false)
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`
  const copy = () => {
    navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  return (
    <div className="stack share-listing">
      <label htmlFor="share-url">{t('employer.published.linkLabel')}</label>
      <input id="share-url" className="share-listing__url" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="form-actions">
        {isHydrated ? (
          <button type="button" className="button" onClick={copy}>
            {t('employer.published.copy')}
          </button>
        ) : null}
        <a className="button" href={mail}>
          {t('employer.published.mail')}
        </a>
      </div>
      <p role="status" className="muted">
        {copied ? t('employer.published.copied') : ''}
      </p>
    </div>
  )
}
