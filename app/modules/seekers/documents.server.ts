import { createHash } from 'node:crypto'
import { and, count, desc, eq, type SQL } from 'drizzle-orm'
import type { MessageKey } from '~/i18n/types'
import { Invalid, NotFound } from '~/utils/errors'
import { getDb, type Database } from '../../../db/client'
import { documents } from '../../../db/schema'
import type { SessionUser } from '../auth/session.server'
import { CONTENT_TYPES, checkUpload, type FileType, type UploadProblem } from '../uploads/file-type'
import { deleteUpload, readUpload, storeUpload } from '../uploads/storage.server'
import { DOCUMENT_MAX_BYTES, MAX_DOCUMENTS } from './documents.schema'
import type { DocumentKind } from '../../../values/seekers'

const DOCUMENT_TYPES: readonly FileType[] = ['pdf', 'jpeg', 'png']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type Viewer = Pick<SessionUser, 'id' | 'role'>

export interface UploadedFile {
  /** The name the browser sent; kept for the download, never used to store or judge the file. */
  name: string
  /** The type the browser claimed; only used to word the refusal. */
  type: string
  bytes: Uint8Array
}

const PROBLEMS: Record<Exclude<UploadProblem, 'upload.wrongType'>, MessageKey> = {
  'upload.empty': 'documents.error.empty',
  'upload.tooLarge': 'documents.error.tooLarge',
}

/** Something called a PDF that is not one gets told so: "re-save it as PDF" helps more than "wrong type". */
function claimsPdf(file: UploadedFile): boolean {
  return /\.pdf$/i.test(file.name.trim()) || file.type === 'application/pdf'
}

/** A display name without paths or control characters, short enough for a header. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(-150)
  return cleaned || 'document'
}

/** Checks the file by content and size, stores it under a random key and records it for the seeker. */
export async function uploadDocument(input: { userId: string; kind: DocumentKind; file: UploadedFile | null }, db: Database = getDb()) {
  const { file } = input
  if (!file || (file.bytes.length === 0 && file.name === '')) throw new Invalid({ file: 'documents.error.missing' }, 'form.errorSummary')
  const check = checkUpload(file.bytes, { types: DOCUMENT_TYPES, maxBytes: DOCUMENT_MAX_BYTES })
  if (!check.ok) {
    const problem = check.problem === 'upload.wrongType' ? (claimsPdf(file) ? 'documents.error.fakePdf' : 'documents.error.wrongType') : PROBLEMS[check.problem]
    throw new Invalid({ file: problem }, 'form.errorSummary')
  }
  const [{ n }] = await db.select({ n: count() }).from(documents).where(eq(documents.userId, input.userId))
  if (n >= MAX_DOCUMENTS) throw new Invalid({}, 'documents.error.limit')
  const storageKey = await storeUpload(file.bytes, check.type)
  try {
    const [row] = await db
      .insert(documents)
      .values({
        userId: input.userId,
        kind: input.kind,
        originalName: cleanFileName(file.name),
        contentType: CONTENT_TYPES[check.type],
        sizeBytes: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        storageKey,
      })
      .returning({ id: documents.id })
    return row
  } catch (error) {
    await deleteUpload(storageKey)
    throw error
  }
}

export async function listDocuments(userId: string, db: Database = getDb()) {
  const rows = await db
    .select({ id: documents.id, kind: documents.kind, name: documents.originalName, sizeBytes: documents.sizeBytes, createdAt: documents.createdAt })
    .from(documents)
    .where(eq(documents.userId, userId))
    .orderBy(desc(documents.createdAt))
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }))
}

/** Deletes the seeker's document and its file. Someone else's answers like a missing one. */
export async function deleteDocument(userId: string, documentId: string, db: Database = getDb()): Promise<void> {
  if (!UUID.test(documentId)) throw new NotFound('document')
  const [row] = await db
    .delete(documents)
    .where(and(eq(documents.id, documentId), eq(documents.userId, userId)))
    .returning({ storageKey: documents.storageKey })
  if (!row) throw new NotFound('document')
  await deleteUpload(row.storageKey)
}

/**
 * Who may read a document, as a condition on `documents`: its owner. Applying shares a document
 * with the company applied to; that grant joins this condition with OR.
 */
export function readableBy(viewer: Viewer): SQL {
  return eq(documents.userId, viewer.id)
}

export async function canReadDocument(viewer: Viewer, documentId: string, db: Database = getDb()): Promise<boolean> {
  if (!UUID.test(documentId)) return false
  const [row] = await db.select({ id: documents.id }).from(documents).where(and(eq(documents.id, documentId), readableBy(viewer)))
  return Boolean(row)
}

/** The file for a download, for those allowed to read it; NotFound for everyone else. */
export async function readDocument(viewer: Viewer, documentId: string, db: Database = getDb()) {
  if (!UUID.test(documentId)) throw new NotFound('document')
  const [row] = await db
    .select({ name: documents.originalName, contentType: documents.contentType, storageKey: documents.storageKey })
    .from(documents)
    .where(and(eq(documents.id, documentId), readableBy(viewer)))
  const stored = row ? await readUpload(row.storageKey) : null
  // The bytes are judged again: a file that changed on disk is never served under the stored type.
  if (!row || !stored || stored.contentType !== row.contentType) throw new NotFound('document')
  return { name: row.name, contentType: row.contentType, bytes: stored.bytes }
}

/** Storage keys of all the person's documents, read before an account is erased. */
export async function documentKeysOf(userId: string, db: Database = getDb()): Promise<string[]> {
  const rows = await db.select({ key: documents.storageKey }).from(documents).where(eq(documents.userId, userId))
  return rows.map((row) => row.key)
}

/** Removes stored files; called after the rows are gone, so a failure leaves orphans, never dangling rows. */
export async function deleteStoredFiles(keys: string[]): Promise<void> {
  await Promise.all(keys.map((key) => deleteUpload(key)))
}
