/**
 * Uploads are judged by their first bytes, never by their name or the browser's content type:
 * an HTML page renamed to logo.png must not be served as an image.
 */
export const FILE_TYPES = ['pdf', 'png', 'jpeg', 'webp'] as const
export type FileType = (typeof FILE_TYPES)[number]

export const CONTENT_TYPES: Record<FileType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte)

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** The type the bytes really are, or null when they are none of the accepted ones. */
export function detectFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  return null
}

export type UploadProblem = 'upload.empty' | 'upload.tooLarge' | 'upload.wrongType'

export type UploadCheck = { ok: true; type: FileType } | { ok: false; problem: UploadProblem }

/** Size first (cheap, and an empty file has no type), then the content. */
export function checkUpload(bytes: Uint8Array, rules: { types: readonly FileType[]; maxBytes: number }): UploadCheck {
  if (bytes.length === 0) return { ok: false, problem: 'upload.empty' }
  if (bytes.length > rules.maxBytes) return { ok: false, problem: 'upload.tooLarge' }
  const type = detectFileType(bytes)
  if (!type || !rules.types.includes(type)) return { ok: false, problem: 'upload.wrongType' }
  return { ok: true, type }
}
