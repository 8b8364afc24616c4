import { z } from 'zod'
import { SECTORS, SIZE_BANDS } from '../../../values/organizations'

export const COMPANY_NAME_MAX = 120
export const COMPANY_DESCRIPTION_MAX = 5000
export const LOGO_MAX_BYTES = 1024 * 1024
export const LOGO_TYPES = ['png', 'jpeg', 'webp'] as const

/** "www.example.de" is taken as https; anything else must be a complete http(s) address. */
function normaliseWebsite(value: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
}

const isWebAddress = (value: string) => {
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !url.username && !url.password
}

const empty = (v: string | undefined) => (v ?? '').trim() === ''

export const ProfileForm = z.object({
  name: z.string({ error: 'form.required' }).trim().min(2, 'form.required').max(COMPANY_NAME_MAX, 'form.tooLong'),
  sector: z.enum(SECTORS, { error: 'form.required' }),
  sizeBand: z
    .string()
    .optional()
    .transform((v) => (empty(v) ? null : v))
    .pipe(z.enum(SIZE_BANDS, { error: 'form.required' }).nullable()),
  description: z.string().trim().max(COMPANY_DESCRIPTION_MAX, 'employer.company.description.tooLong').optional().default(''),
  place: z
    .string()
    .trim()
    .max(100, 'form.tooLong')
    .optional()
    .transform((v) => v || null),
  website: z
    .string()
    .trim()
    .max(200, 'form.tooLong')
    .optional()
    .transform((v) => (empty(v) ? null : normaliseWebsite(v!.trim())))
    .refine((v) => v === null || isWebAddress(v), 'employer.company.website.invalid'),
  isTrainingCompany: z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === 'true' || v === '1'),
})
export type ProfileInput = z.infer<typeof ProfileForm>
