import { z } from 'zod'
import { NOTE_MAX } from '../../../values/chambers'

export const RECOMMENDATION_NOTE_MAX = 1000

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const uuid = (message: string) => z.string({ error: message }).regex(UUID, message)

// Messages are dictionary keys: the form shows them in the reader's language.
export const ConsentChange = z.object({
  intent: z.enum(['grant', 'revoke'], { error: 'counselling.consent.invalid' }),
  chamberId: uuid('counselling.consent.invalid'),
})

export const NoteForm = z.object({
  text: z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(NOTE_MAX, 'counselling.note.tooLong'),
})

export const RecommendForm = z.object({
  listingId: z.coerce.number({ error: 'counselling.recommend.choose' }).int('counselling.recommend.choose').positive('counselling.recommend.choose'),
  note: z.string().trim().max(RECOMMENDATION_NOTE_MAX, 'counselling.recommend.noteTooLong').default(''),
})

export const REFERRAL_ANSWERS = ['consent', 'decline'] as const
export type ReferralAnswer = (typeof REFERRAL_ANSWERS)[number]

export const ReferralAnswerForm = z.object({
  answer: z.enum(REFERRAL_ANSWERS, { error: 'counselling.referral.invalid' }),
})

export const MyReferralChange = ReferralAnswerForm.extend({ referralId: uuid('counselling.referral.invalid') })

/** The rejecting member's choice: pass the applicant on through this chamber, or not (empty). */
export const PassOnChoice = z.object({
  referralChamberId: z.union([z.literal(''), uuid('counselling.passOn.invalid')]).default(''),
})
export type PassOnInput = z.infer<typeof PassOnChoice>
export type ConsentInput = z.infer<typeof ConsentChange>
export type NoteInput = z.infer<typeof NoteForm>
export type RecommendInput = z.infer<typeof RecommendForm>
export type ReferralAnswerInput = z.infer<typeof ReferralAnswerForm>
export type MyReferralInput = z.infer<typeof MyReferralChange>
