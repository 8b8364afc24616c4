import { Form } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { ChamberConsent } from '~/modules/counselling/consents.server'
import { formatDate } from '~/utils/format'

/** Every chamber with the seeker's consent state and the one button that changes it. */
export function ChamberConsents({ chambers }: { chambers: ChamberConsent[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="app-section" aria-labelledby="chambers-title">
      <h2 id="chambers-title">{t('counselling.chambers.title')}</h2>
      {chambers.length === 0 ? (
        <p>{t('counselling.chambers.empty')}</p>
      ) : (
        <ul className="consent-list">
          {chambers.map((c) => (
            <li key={c.chamberId} className="consent-list__item">
              <div>
                <h3 className="consent-list__name">{c.name}</h3>
                {c.placeName ? <p className="muted">{c.placeName}</p> : null}
                <p>{c.grantedAt ? t('counselling.chamber.granted', { date: formatDate(lang, c.grantedAt) }) : t('counselling.chamber.notGranted')}</p>
              </div>
              <Form method="post">
                <input type="hidden" name="chamberId" value={c.chamberId} />
                {c.grantedAt ? (
                  <button type="submit" name="intent" value="revoke" className="button button--danger" aria-label={`${t('counselling.revoke')}: ${c.name}`}>
                    {t('counselling.revoke')}
                  </button>
                ) : (
                  <button type="submit" name="intent" value="grant" className="button button--primary" aria-label={`${t('counselling.grant')}: ${c.name}`}>
                    {t('counselling.grant')}
                  </button>
                )}
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
