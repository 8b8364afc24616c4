import { z } from 'zod'
import { INTERFACE_LANGS } from '../../../values/accounts'

// Messages are dictionary keys: the form shows them in the reader's language.
export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 200

export const email = z
  .string({ error: 'form.required' })
  .trim()
  .min(1, 'form.required')
  .max(254, 'form.tooLong')
  .pipe(z.email({ error: 'form.email' }))
  .transform((v) => v.toLowerCase())

export const newPassword = z
  .string({ error: 'form.required' })
  .min(1, 'form.required')
  .min(PASSWORD_MIN, 'auth.password.tooShort')
  .max(PASSWORD_MAX, 'form.tooLong')

const name = z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(100, 'form.tooLong')
const lang = z.enum(INTERFACE_LANGS).catch('de')

export const RegisterForm = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('seeker'), name, email, password: newPassword, lang }),
  z.object({
    kind: z.literal('employer'),
    name,
    email,
    password: newPassword,
    lang,
    companyName: z.string({ error: 'form.required' }).trim().min(2, 'form.required').max(120, 'form.tooLong'),
  }),
], { error: 'form.required' })

export const SignInForm = z.object({
  email,
  password: z.string({ error: 'form.required' }).min(1, 'form.required').max(PASSWORD_MAX, 'form.tooLong'),
  redirectTo: z.string().optional(),
})

export const ResetRequestForm = z.object({ email })
export const ResetPasswordForm = z.object({ token: z.string().min(1, 'auth.linkInvalid'), password: newPassword })

export const ChangePasswordForm = z.object({
  currentPassword: z.string({ error: 'form.required' }).min(1, 'form.required'),
  password: newPassword,
})
export const ChangeEmailForm = z.object({
  email,
  currentPassword: z.string({ error: 'form.required' }).min(1, 'form.required'),
})
export const DeleteAccountForm = z.object({
  currentPassword: z.string({ error: 'form.required' }).min(1, 'form.required'),
  confirm: z.literal('on', { error: 'auth.delete.confirmRequired' }),
})

export const InviteForm = z.object({ email, role: z.enum(['owner', 'recruiter'], { error: 'form.required' }) })
