import { getDb } from '../../../db/client'
import type { Checked } from '~/utils/form-check'
import type { RejectInput } from '../applications/applications.schema'
import { moveStatus, type Action } from '../applications/pipeline-actions.server'
import type { PassOnInput } from './counselling.schema'
import { getReferralKey } from './referral-token.server'
import { offerReferral } from './referrals.server'

/**
 * The rejection form: rejects with the team's words and, when the team chose a chamber the company
 * is a verified member of, offers to pass the applicant on to its other member businesses, all in
 * one transaction. Returns whether the applicant was asked.
 */
export async function rejectApplication(opts: Action<RejectInput> & { referral: Checked<PassOnInput> }): Promise<{ isReferralOffered: boolean }> {
  const now = opts.now ?? new Date()
  const { input, referral } = opts
  // Read before the transaction: without SESSION_SECRET the key comes from its own query.
  const key = referral.ok && !referral.data.referralChamberId ? new Uint8Array() : await getReferralKey()
  const status = input.ok ? { ok: true as const, data: { ...input.data, status: 'rejected' as const } } : input
  return getDb().transaction(async (tx) => {
    const app = await moveStatus(tx, opts, status, now)
    const isReferralOffered = await offerReferral(tx, {
      applicationId: app.id,
      seekerId: app.seekerId!,
      seeker: app.seeker,
      companyId: opts.organizationId,
      companyName: app.companyName,
      input: referral,
      key,
      now,
    })
    return { isReferralOffered }
  })
}
