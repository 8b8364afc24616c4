import { z } from 'zod'
import { COVER_LETTER_MAX, MESSAGE_MAX } from '../../../values/applications'

export const REASON_MAX = 1000
/** More than anyone attaches; keeps a crafted form from sending thousands of ids. */
export const DOCUMENTS_MAX = 10

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

// Messages are dictionary keys: the form shows them in the reader's language.
export const ApplyForm = z.object({
  coverLetter: z.string().trim().max(COVER_LETTER_MAX, 'applications.coverLetter.tooLong').default(''),
  documentIds: z.array(z.string().refine(isUuid, 'applications.documents.invalid')).max(DOCUMENTS_MAX, 'applications.documents.tooMany').default([]),
})

export const MessageForm = z.object({
  text: z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(MESSAGE_MAX, 'applications.message.tooLong'),
})

export const WithdrawForm = z.object({
  reason: z.string().trim().max(REASON_MAX, 'form.tooLong').default(''),
})

export const StatusForm = z.object({
  status: z.enum(['received', 'in_review', 'interview', 'offer', 'hired', 'rejected'], { error: 'applications.status.invalid' }),
  /** Sent to the seeker with the change (the rejection template, or a word about the next step). */
  text: z.string().trim().max(MESSAGE_MAX, 'applications.message.tooLong').default(''),
})

/** The rejection form's words to the seeker; the status is the rejection itself. */
export const RejectForm = StatusForm.pick({ text: true })

export type ApplyInput = z.infer<typeof ApplyForm>
export type MessageInput = z.infer<typeof MessageForm>
export type WithdrawInput = z.infer<typeof WithdrawForm>
export type StatusInput = z.infer<typeof StatusForm>
export type RejectInput = z.infer<typeof RejectForm>
