import { Link } from '@remix-run/react'
import { useT } from '~/i18n'
import { STEP_TARGETS, type Completeness, type ProfileStep } from '~/modules/seekers/profile-completeness'

function StepLink({ step }: { step: ProfileStep }) {
  const t = useT()
  const target = STEP_TARGETS[step]
  return target.startsWith('#') ? <a href={target}>{t(`profile.step.${step}`)}</a> : <Link to={target}>{t(`profile.step.${step}`)}</Link>
}

/** How complete the profile is and what to add next, each step a link to where it is done. */
export function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const t = useT()
  const [next, ...later] = completeness.missing
  return (
    <section className="card completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="visually-hidden">
        {t('profile.completeness.label')}
      </h2>
      <p>{completeness.isComplete ? t('profile.completeness.complete') : t('profile.completeness.percent', { percent: completeness.percent })}</p>
      <progress max={100} value={completeness.percent} aria-labelledby="completeness-title">
        {completeness.percent} %
      </progress>
      {next ? (
        <p>
          <strong>{t('profile.completeness.next')}</strong> <StepLink step={next} />
        </p>
      ) : null}
      {later.length > 0 ? (
        <div>
          <p>{t('profile.completeness.later')}</p>
          <ul>
            {later.map((step) => (
              <li key={step}>
                <StepLink step={step} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
