import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data, redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { CompanyForm } from '~/components/employer/company-form'
import { CompanySummary } from '~/components/employer/company-summary'
import { DoneNotice } from '~/components/employer/done-notice'
import employerStyles from '~/components/employer/employer.css?url'
import formLayoutStyles from '~/components/form/form-layout.css?url'
import { LogoForm } from '~/components/employer/logo-form'
import { translate, useT } from '~/i18n'
import { requireCompanyMember } from '~/http/guards.server'
import { LOGO_MAX_BYTES, ProfileForm } from '~/modules/companies/profile.schema'
import { getCompanyProfile, removeCompanyLogo, setCompanyLogo, updateCompanyProfile } from '~/modules/companies/profile.server'
import { renderMarkdown } from '~/modules/listings/markdown.server'
import { fileBytes, isMultipart, parseMultipartForm } from '~/http/multipart.server'
import type { FormState } from '~/utils/action-data'
import { formFailure, keepValues } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { langFromMatches } from '~/utils/meta'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: formLayoutStyles }, { rel: 'stylesheet', href: employerStyles }]

export const meta: MetaFunction = ({ matches }) => [{ title: `${translate(langFromMatches(matches), 'employer.company.title')} – Passgenau` }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const m = await requireCompanyMember(context, request)
  const profile = await getCompanyProfile(m.organizationId)
  return { profile, isOwner: m.memberRole === 'owner' }
}

// Only owners edit the profile; recruiters see it (and are refused here before any upload is read).
export async function action({ request, context }: ActionFunctionArgs) {
  const m = await requireCompanyMember(context, request, ['owner'])
  if (isMultipart(request)) {
    const parsed = await parseMultipartForm(request, LOGO_MAX_BYTES)
    if (!parsed.ok) {
      return data({ ok: false, intent: 'logo', fieldErrors: { [parsed.tooLargeField]: 'upload.tooLarge' }, formError: 'form.errorSummary', values: {} }, { status: 413 })
    }
    try {
      await setCompanyLogo({ organizationId: m.organizationId, bytes: await fileBytes(parsed.form, 'logo') })
      return redirect('/employer/company?done=logo')
    } catch (error) {
      return formFailure(error, undefined, { intent: 'logo' })
    }
  }
  const form = await request.formData()
  const intent = String(form.get('intent') ?? 'save')
  if (intent === 'preview') return { ok: true, intent, values: keepValues(form), previewHtml: renderMarkdown(String(form.get('description') ?? '')) }
  if (intent === 'remove-logo') {
    await removeCompanyLogo(m.organizationId)
    return redirect('/employer/company?done=logo-removed')
  }
  await updateCompanyProfile({ organizationId: m.organizationId, input: parseWith(ProfileForm, Object.fromEntries(form)) })
  return redirect('/employer/company?done=saved')
}

export default function CompanyProfile() {
  const t = useT()
  const { profile, isOwner } = useLoaderData<typeof loader>()
  const result = useActionData<FormState & { intent?: string; previewHtml?: string }>()
  const isLogoResult = result?.intent === 'logo'
  const stored: Record<string, string> = {
    name: profile.name,
    sector: profile.sector,
    sizeBand: profile.sizeBand ?? '',
    description: profile.description,
    place: profile.place,
    website: profile.website ?? '',
    isTrainingCompany: profile.isTrainingCompany ? 'on' : '',
  }
  const state: FormState = result && !isLogoResult ? result : { ok: true, values: stored }
  return (
    <section className="stack">
      <h1>{t('employer.company.title')}</h1>
      <DoneNotice />
      <p>
        <Link to={`/companies/${profile.slug}`}>{t('employer.company.publicPage')}</Link>
      </p>
      <LogoForm logoKey={profile.logoKey} state={isLogoResult ? result : undefined} isOwner={isOwner} />
      {/* Keyed by the last save, so the form shows the stored (normalised) values after saving. */}
      {isOwner ? <CompanyForm key={profile.updatedAt} state={state} previewHtml={result?.previewHtml} /> : <CompanySummary profile={profile} />}
    </section>
  )
}
