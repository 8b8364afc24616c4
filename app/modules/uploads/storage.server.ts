import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { getEnv } from '~/utils/env.server'
import { CONTENT_TYPES, detectFileType, type FileType } from './file-type'

/** 128 random bits as hex: unguessable, and safe as a file name (no dots, no slashes). */
const KEY = /^[0-9a-f]{32}$/

export function isUploadKey(key: string): boolean {
  return KEY.test(key)
}

export interface StoredUpload {
  bytes: Uint8Array<ArrayBuffer>
  type: FileType
  contentType: string
}

/**
 * Writes checked bytes under a new random key. The file name says nothing about the owner or the
 * type; who may read it is decided by the table that holds the key.
 */
export async function storeUpload(bytes: Uint8Array, type: FileType, dir: string = getEnv().UPLOADS_DIR): Promise<string> {
  if (detectFileType(bytes) !== type) throw new Error(`upload content is not ${type}`)
  const key = randomBytes(16).toString('hex')
  await mkdir(dir, { recursive: true })
  // Written under a temporary name and renamed, so a reader never sees half a file.
  const temporary = join(dir, `${key}.partial`)
  await writeFile(temporary, bytes, { flag: 'wx' })
  await rename(temporary, join(dir, key))
  return key
}

/** The stored bytes and their type (read from the bytes again), or null for an unknown key. */
export async function readUpload(key: string, dir: string = getEnv().UPLOADS_DIR): Promise<StoredUpload | null> {
  if (!isUploadKey(key)) return null
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = Uint8Array.from(await readFile(join(dir, key)))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const type = detectFileType(bytes)
  return type ? { bytes, type, contentType: CONTENT_TYPES[type] } : null
}

export async function deleteUpload(key: string, dir: string = getEnv().UPLOADS_DIR): Promise<void> {
  if (isUploadKey(key)) await rm(join(dir, key), { force: true })
}
