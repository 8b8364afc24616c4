import { formatNumber, useLang, useT } from '~/i18n'
import type { HalfYearFigures } from '~/modules/moderation/transparency.server'
import { MODERATION_ACTIONS, REPORT_REASONS } from '../../../values/moderation'

/** One half-year's figures as definition lists, each figure with its label for screen readers too. */
export function HalfYearReport({ figures: f }: { figures: HalfYearFigures }) {
  const t = useT()
  const lang = useLang()
  const id = `half-${f.period}`
  return (
    <section className="card stack" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{t(f.half === 1 ? 'moderation.transparency.half1' : 'moderation.transparency.half2', { year: f.year })}</h2>
      <h3>{t('moderation.transparency.notices', { count: f.noticesTotal })}</h3>
      <dl className="figures">
        {REPORT_REASONS.map((r) => (
          <div key={r} className="figures__row" data-testid={`notices-${r}`}>
            <dt>{t(`moderation.reason.${r}`)}</dt>
            <dd>{f.notices[r]}</dd>
          </div>
        ))}
        <div className="figures__row" data-testid="risk-holds">
          <dt>{t('moderation.transparency.riskHolds')}</dt>
          <dd>{f.riskHolds}</dd>
        </div>
      </dl>
      <h3>{t('moderation.transparency.actions')}</h3>
      <dl className="figures">
        {MODERATION_ACTIONS.map((a) => (
          <div key={a} className="figures__row" data-testid={`actions-${a}`}>
            <dt>{t(`moderation.action.${a}`)}</dt>
            <dd>{f.actions[a]}</dd>
          </div>
        ))}
        <div className="figures__row" data-testid="median-hours">
          <dt>{t('moderation.transparency.median')}</dt>
          <dd>{f.medianHoursToDecision === null ? '–' : t('moderation.transparency.hours', { count: formatNumber(lang, f.medianHoursToDecision) })}</dd>
        </div>
      </dl>
      <h3>{t('moderation.transparency.objections')}</h3>
      <dl className="figures">
        {(['received', 'upheld', 'reversed', 'pending'] as const).map((k) => (
          <div key={k} className="figures__row" data-testid={`objections-${k}`}>
            <dt>{t(`moderation.transparency.objections.${k}`)}</dt>
            <dd>{f.objections[k]}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
