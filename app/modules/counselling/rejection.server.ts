import { getDb } from '../../../db/client'
import { moveStatus, type Action } from '../applications/pipeline-actions.server'
import { getReferralKey } from './referral-token.server'
import { offerReferral } from './referrals.server'

/**
 * The rejection form: rejects with the team's words and, when the team chose a chamber the company
 * is a verified member of, offers to pass the applicant on to its other member businesses, all in
 * one transaction. Returns whether the applicant was asked.
 */
export async function rejectApplication(opts: Action): Promise<{ isReferralOffered: boolean }> {
  const now = opts.now ?? new Date()
  const input = (opts.input ?? {}) as { text?: unknown; referralChamberId?: unknown }
  // Read before the transaction: without SESSION_SECRET the key comes from its own query.
  const key = input.referralChamberId ? await getReferralKey() : new Uint8Array()
  return getDb().transaction(async (tx) => {
    const app = await moveStatus(tx, opts, { status: 'rejected', text: input.text }, now)
    const isReferralOffered = await offerReferral(tx, {
      applicationId: app.id,
      seekerId: app.seekerId!,
      seeker: app.seeker,
      companyId: opts.organizationId,
      companyName: app.companyName,
      input: { referralChamberId: input.referralChamberId ?? '' },
      key,
      now,
    })
    return { isReferralOffered }
  })
}
