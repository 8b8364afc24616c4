import { Form } from '@remix-run/react'
import { useLang, useT, type MessageKey } from '~/i18n'
import type { ReferralView } from '~/modules/counselling/referral-answers.server'
import { formatDate } from '~/utils/format'

const ACTIONS: Record<ReferralView['status'], Array<{ answer: 'consent' | 'decline'; label: MessageKey; primary?: boolean }>> = {
  offered: [
    { answer: 'consent', label: 'counselling.referral.consent', primary: true },
    { answer: 'decline', label: 'counselling.referral.decline' },
  ],
  consented: [{ answer: 'decline', label: 'counselling.referral.withdraw' }],
  declined: [{ answer: 'consent', label: 'counselling.referral.consentAgain' }],
}

/** Offers to pass the seeker on after a rejection, each with its answer and the buttons that change it. */
export function MyReferrals({ referrals }: { referrals: ReferralView[] }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="app-section" aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('counselling.referrals.title')}</h2>
      <p>{t('counselling.referrals.intro')}</p>
      {referrals.length === 0 ? (
        <p>{t('counselling.referrals.empty')}</p>
      ) : (
        <ul className="consent-list">
          {referrals.map((r) => (
            <li key={r.id} className="consent-list__item">
              <div>
                <p>{t('counselling.referral.item', { company: r.companyName, title: r.listingTitle, chamber: r.chamberName })}</p>
                <p className="muted">
                  {formatDate(lang, r.createdAt)} · <strong>{t(`counselling.referral.status.${r.status}`)}</strong>
                </p>
              </div>
              <Form method="post" className="inline">
                <input type="hidden" name="intent" value="referral" />
                <input type="hidden" name="referralId" value={r.id} />
                {ACTIONS[r.status].map((a) => (
                  <button
                    key={a.answer}
                    type="submit"
                    name="answer"
                    value={a.answer}
                    className={a.primary ? 'button button--primary' : 'button'}
                    aria-label={`${t(a.label)}: ${r.companyName}, ${r.listingTitle}`}
                  >
                    {t(a.label)}
                  </button>
                ))}
              </Form>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
