import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormMessage } from '~/components/form/field'
import { translate, useT } from '~/i18n'
import { ReferralAnswerForm } from '~/modules/counselling/counselling.schema'
import { answerReferralWithToken, describeReferral, type TokenState } from '~/modules/counselling/referral-answers.server'
import type { FormFailure } from '~/utils/error-responses.server'
import { checkWith } from '~/utils/form-check'
import { langFromMatches } from '~/utils/meta'

export const meta: MetaFunction = ({ matches }) => [
  { title: `${translate(langFromMatches(matches), 'counselling.referral.title')} – Passgenau` },
  // The link carries a token: keep it out of search engines and referrers.
  { name: 'robots', content: 'noindex' },
]

const STATUS_CODE: Record<TokenState['state'], number> = { invalid: 400, gone: 404, open: 200 }

/** Opening the link only shows the offer: mail scanners fetch links, and must not answer for anyone. */
export async function loader({ params }: LoaderFunctionArgs) {
  const state = await describeReferral(params.token ?? '')
  return data(state, { status: STATUS_CODE[state.state] })
}

/** Works without signing in: the signed token is the permission. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  // Refused only for a valid link: a broken one answers "invalid" whatever was sent.
  const state = await answerReferralWithToken(params.token ?? '', checkWith(ReferralAnswerForm, Object.fromEntries(form)))
  return data({ ...state, answered: true }, { status: STATUS_CODE[state.state] })
}

export default function ReferralAnswer() {
  const t = useT()
  const loaded = useLoaderData<typeof loader>()
  const answered = useActionData<typeof action | FormFailure>()
  const state: TokenState = answered && 'state' in answered ? answered : loaded
  const formError = answered && 'fieldErrors' in answered ? (answered as FormFailure).fieldErrors.answer : undefined
  return (
    <section className="narrow stack">
      <h1>{t('counselling.referral.title')}</h1>
      {state.state === 'invalid' ? (
        <p className="alert alert--error" role="alert">
          {t('counselling.referral.invalidLink')}
        </p>
      ) : state.state === 'gone' ? (
        <p className="alert alert--info" role="status">
          {t('counselling.referral.gone')}
        </p>
      ) : (
        <>
          {answered && 'answered' in answered ? (
            <p className="alert alert--success" role="status">
              {t(state.referral.status === 'consented' ? 'counselling.done.referralConsented' : 'counselling.done.referralDeclined')}
            </p>
          ) : null}
          <FormMessage error={formError} />
          <p className="lead">{t('counselling.referral.lead', { company: state.referral.companyName, title: state.referral.listingTitle, chamber: state.referral.chamberName })}</p>
          <h2>{t('counselling.referral.means.title')}</h2>
          <ul>
            <li>{t('counselling.referral.means.sees', { chamber: state.referral.chamberName, company: state.referral.companyName })}</li>
            <li>{t('counselling.referral.means.notSees')}</li>
            <li>{t('counselling.referral.means.withdraw')}</li>
          </ul>
          <p>
            <strong>{t('counselling.referral.current', { status: t(`counselling.referral.status.${state.referral.status}`) })}</strong>
          </p>
          <Form method="post" className="inline">
            <button type="submit" name="answer" value="consent" className="button button--primary">
              {t('counselling.referral.consent')}
            </button>
            <button type="submit" name="answer" value="decline" className="button">
              {t('counselling.referral.decline')}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/me/counselling">{t('counselling.referral.manage')}</Link>
      </p>
    </section>
  )
}
