import { and, asc, eq } from 'drizzle-orm'
import { getEnv } from '~/utils/env.server'
import { Invalid } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { getDb, type Database } from '../../../db/client'
import { candidateReferrals, chamberMemberships, organizations } from '../../../db/schema'
import type { Lang } from '~/i18n'
import { queueMail } from '../mail/mail.server'
import type { PassOnInput } from './counselling.schema'
import { REFERRAL_LINK_DAYS, signReferralToken } from './referral-token.server'

export interface ChamberChoice {
  id: string
  name: string
}

/** The chambers the company is a verified member of: only these may pass a rejected applicant on. */
export function listVerifiedChambers(companyId: string, db: Database = getDb()): Promise<ChamberChoice[]> {
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(chamberMemberships)
    .innerJoin(organizations, eq(organizations.id, chamberMemberships.chamberId))
    .where(and(eq(chamberMemberships.companyId, companyId), eq(chamberMemberships.status, 'verified'), eq(organizations.kind, 'chamber')))
    .orderBy(asc(organizations.name))
}

export const referralLink = (token: string) => `${getEnv().APP_ORIGIN}/referrals/${token}`

interface Offer {
  applicationId: string
  seekerId: string
  seeker: { email: string; name: string; lang: Lang }
  companyId: string
  companyName: string
  /** The form's choice, refused here when invalid: empty means "do not pass on". */
  input: Checked<PassOnInput>
  /** From getReferralKey(), read before the transaction: the key may need its own query. */
  key: Uint8Array
  now: Date
}

/**
 * Part of a rejection's transaction: when the rejecting member chose a chamber, records the offer
 * ('offered': nobody sees the applicant yet) and mails the applicant, in their language, a signed
 * link to consent or decline. A chamber the company is not a verified member of is a field error.
 * Returns whether an offer was made; an application offered before is not offered twice.
 */
export async function offerReferral(tx: Database, offer: Offer): Promise<boolean> {
  const { referralChamberId } = accept(offer.input)
  if (!referralChamberId) return false
  const chamber = (await listVerifiedChambers(offer.companyId, tx)).find((c) => c.id === referralChamberId)
  if (!chamber) throw new Invalid({ referralChamberId: 'counselling.passOn.invalid' })
  const [row] = await tx
    .insert(candidateReferrals)
    .values({ applicationId: offer.applicationId, seekerId: offer.seekerId, fromOrganizationId: offer.companyId, chamberId: chamber.id, createdAt: offer.now })
    .onConflictDoNothing({ target: candidateReferrals.applicationId })
    .returning({ id: candidateReferrals.id })
  if (!row) return false
  await queueMail(
    {
      to: offer.seeker.email,
      template: 'referral-offer',
      lang: offer.seeker.lang,
      params: { name: offer.seeker.name, company: offer.companyName, chamber: chamber.name, days: REFERRAL_LINK_DAYS, link: referralLink(signReferralToken(row.id, offer.key, offer.now)) },
    },
    tx,
  )
  return true
}
