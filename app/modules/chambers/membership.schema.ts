import { z } from 'zod'
import { isCalendarDate } from '~/utils/calendar-date'
import { addDays } from '~/utils/calendar-date'

/* Inputs of the membership and promotion pages; no server imports, the forms may reuse them. */

export const MEMBER_NUMBER_MAX = 40
/** A chamber features a listing for at most this many days in one go (first and last day included). */
export const PROMOTION_MAX_DAYS = 90
/** Suggested length of a new promotion, as the form's default end. */
export const PROMOTION_DEFAULT_DAYS = 14
/** How far ahead a promotion may start. */
export const PROMOTION_MAX_LEAD_DAYS = 365

const memberNumber = z
  .string('chambers.error.memberNumber')
  .trim()
  .min(1, 'chambers.error.memberNumber')
  .max(MEMBER_NUMBER_MAX, 'chambers.error.memberNumber')
  // Chambers write numbers like "HWK 12/345-6"; nothing that could pass for markup or a control character.
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u, 'chambers.error.memberNumber')

export const REGISTER_ENTRY_MAX = 80

/** "Handwerksrolle Nr. 4711", "HRB 1234, Amtsgericht Braunschweig": optional, as the company writes it. */
const registerEntry = z
  .string()
  .trim()
  .max(REGISTER_ENTRY_MAX, 'chambers.error.registerEntry')
  .regex(/^$|^[\p{L}\p{N}][\p{L}\p{N} .,:()/-]*$/u, 'chambers.error.registerEntry')
  .optional()
  .transform((v) => v || null)

const uuid = (message: string) => z.string(message).uuid(message)

export const MembershipRequestForm = z.object({ chamberId: uuid('chambers.error.chamber'), memberNumber, registerEntry })
export const MembershipIdForm = z.object({ membershipId: uuid('chambers.error.membership') })
/** A decision that changes a company's standing (verify, revoke) comes from its confirmation step. */
export const MembershipDecisionForm = MembershipIdForm.extend({ confirm: z.string().optional().transform((v) => v === 'yes') })
export const AddMemberForm = z.object({ companyId: uuid('chambers.error.company'), memberNumber })
export const CompanyQuery = z.object({ q: z.string().trim().max(100).catch('') })

const calendarDate = (message: string) => z.string(message).refine((v) => isCalendarDate(v), message)

/** Days from `from` to `to`, both included. */
export const periodDays = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1

export const PromotionForm = z
  .object({
    listingId: z.coerce.number('chambers.error.listing').int('chambers.error.listing').min(1, 'chambers.error.listing').max(2_147_483_647, 'chambers.error.listing'),
    startsOn: calendarDate('chambers.error.startsOn'),
    endsOn: calendarDate('chambers.error.endsOn'),
  })
  .superRefine((value, ctx) => {
    if (value.endsOn < value.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'chambers.error.endsOn' })
    else if (periodDays(value.startsOn, value.endsOn) > PROMOTION_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'chambers.error.tooLong' })
  })
export const PromotionIdForm = z.object({ promotionId: uuid('chambers.error.promotion') })

export type PromotionInput = z.infer<typeof PromotionForm>

/** The form's defaults: from today for two weeks. */
export function defaultPeriod(today: string) {
  return { startsOn: today, endsOn: addDays(today, PROMOTION_DEFAULT_DAYS - 1) }
}
