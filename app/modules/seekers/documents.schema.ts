import { z } from 'zod'
import { DOCUMENT_KINDS } from '../../../values/seekers'

export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024
export const MAX_DOCUMENTS = 20
/** For the file picker only; the server judges the bytes, never the name or the browser's type. */
export const DOCUMENT_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png'

export const UploadFields = z.object({ kind: z.enum(DOCUMENT_KINDS, { error: 'profile.error.choice' }) })

export const DocumentIdInput = z.object({ id: z.string().uuid() })
