import { useNonce } from '~/utils/nonce'

/**
 * Structured data for search engines. `json` comes already serialized with `<` escaped, so the
 * text can never close the script element. The nonce is hidden by browsers after parsing, which
 * React would report as a hydration mismatch; the content itself does match.
 */
export function JsonLdScript({ json }: { json: string }) {
  const nonce = useNonce()
  return <script type="application/ld+json" nonce={nonce || undefined} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />
}
