import { formFailure } from '~/utils/error-responses.server'
import { parseWith } from '~/utils/forms.server'
import { NotFound } from '~/utils/errors'
import { decideCase } from '~/modules/moderation/decide.server'
import { CaseKey, DecisionForm } from '~/modules/moderation/moderation.schema'
import { getCase } from '~/modules/moderation/queue.server'
import type { Moderator } from '~/modules/moderation/scope.server'

/* What the admin's and the chamber's case pages share: one loader body, one action body. */

export function parseCaseKey(value: string | undefined) {
  const parsed = CaseKey.safeParse(value ?? '')
  if (!parsed.success) throw new NotFound('case')
  return parsed.data
}

export async function loadCase(moderator: Moderator, caseParam: string | undefined) {
  return getCase(moderator, parseCaseKey(caseParam))
}

export async function submitDecision(moderator: Moderator, caseParam: string | undefined, request: Request) {
  const key = parseCaseKey(caseParam)
  const form = await request.formData()
  try {
    // Out of scope is "not found" before any field error could tell the case exists.
    await getCase(moderator, key)
    const input = parseWith(DecisionForm, Object.fromEntries(form))
    await decideCase({ moderator, key, input })
    return { ok: true as const, action: input.action }
  } catch (error) {
    return formFailure(error, form)
  }
}
