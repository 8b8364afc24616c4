import { Form } from '@remix-run/react'
import { useT } from '~/i18n'
import type { SearchInput } from '~/modules/search/search-params'
import { toSearchParams } from '~/modules/search/search-url'

/** Saves the search on the page as an alert; visitors are sent to sign in first and come back. */
export function SaveSearch({ input }: { input: SearchInput }) {
  const t = useT()
  return (
    <Form method="post" action="/me/searches" className="save-search">
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="query" value={toSearchParams(input).toString()} />
      <button type="submit" className="button button--small">
        {t('alerts.save')}
      </button>
      <span className="muted">{t('alerts.save.hint')}</span>
    </Form>
  )
}
