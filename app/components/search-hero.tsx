import { Form } from '@remix-run/react'
import { useT } from '~/i18n'
import { SearchIcon } from './icons'

/** The big search box: a plain GET form, so it works before (and without) JavaScript. */
export function SearchHero({ title, lead, footnote }: { title: string; lead: string; footnote?: string }) {
  const t = useT()
  return (
    <section className="hero" aria-labelledby="hero-title">
      <h1 id="hero-title">{title}</h1>
      <p className="lead">{lead}</p>
      <Form method="get" action="/jobs" className="search-form" role="search" aria-label={t('home.search.label')}>
        <div className="field">
          <label htmlFor="search-q">{t('home.search.what')}</label>
          <input id="search-q" name="q" type="search" autoComplete="off" aria-describedby="search-q-hint" />
          <p id="search-q-hint" className="field__hint">
            {t('home.search.whatHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="search-where">{t('home.search.where')}</label>
          <input id="search-where" name="where" type="text" aria-describedby="search-where-hint" />
          <p id="search-where-hint" className="field__hint">
            {t('home.search.whereHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary search-form__submit">
          <SearchIcon />
          <span>{t('home.search.submit')}</span>
        </button>
      </Form>
      {footnote ? <p className="hero__total">{footnote}</p> : null}
    </section>
  )
}
