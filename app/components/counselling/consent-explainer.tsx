import { useT } from '~/i18n'

/** What a chamber's counsellors see with the seeker's consent, and what they do not. */
export function ConsentExplainer() {
  const t = useT()
  return (
    <section className="app-section" aria-labelledby="consent-means">
      <h2 id="consent-means">{t('counselling.means.title')}</h2>
      <p>{t('counselling.means.sees')}</p>
      <ul>
        <li>{t('counselling.means.profile')}</li>
        <li>{t('counselling.means.matches')}</li>
        <li>{t('counselling.means.applications')}</li>
      </ul>
      <p>{t('counselling.means.notSees')}</p>
      <ul>
        <li>{t('counselling.means.documents')}</li>
        <li>{t('counselling.means.email')}</li>
      </ul>
      <p>{t('counselling.means.does')}</p>
      <p>{t('counselling.means.revoke')}</p>
    </section>
  )
}
