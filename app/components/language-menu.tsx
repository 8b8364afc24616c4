import { Form } from '@remix-run/react'
import { DIRECTIONS, LANG_NAMES, useLang, useT } from '~/i18n'
import { GlobeIcon } from './icons'
import { INTERFACE_LANGS } from '../../values/accounts'

/**
 * Every interface language at once, each named in itself and marked with its own `lang` (and `dir`),
 * so a screen reader pronounces it and a newcomer finds their language without reading German first.
 * A plain form of submit buttons: it works without JavaScript, and the account remembers the choice.
 */
export function LanguageMenu({ path }: { path: string }) {
  const t = useT()
  const current = useLang()
  return (
    <Form method="post" action="/language" className="lang-switch">
      <input type="hidden" name="redirectTo" value={path} />
      <GlobeIcon />
      <ul className="lang-switch__list" aria-label={t('lang.switch')}>
        {INTERFACE_LANGS.map((lang) => (
          <li key={lang}>
            {lang === current ? (
              <span className="lang-switch__option" lang={lang} dir={DIRECTIONS[lang]} aria-current="true">
                {LANG_NAMES[lang]}
              </span>
            ) : (
              <button type="submit" name="lang" value={lang} className="lang-switch__option" lang={lang} dir={DIRECTIONS[lang]}>
                {LANG_NAMES[lang]}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Form>
  )
}
