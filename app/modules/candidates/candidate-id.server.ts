import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto'
import { NotFound } from '~/utils/errors'
import { getDb, type Database } from '../../../db/client'
import { getLinkKey } from '../security/link-keys.server'

/**
 * Candidates are addressed by a pseudonym, not by their user id: the 16 bytes of the user's UUID
 * enciphered with AES-256 under a key of the viewing company. One AES block is a keyed
 * permutation, so the pseudonym is stable (pages can be bookmarked and linked from mails), only the
 * server can turn it back into a user id, a changed one points at nobody, and two companies see
 * different pseudonyms for the same person, so they cannot match notes by URL. The user id itself
 * never reaches the company's browser.
 */
const PURPOSE = 'candidate-pseudonym/v1'
const PSEUDONYM = /^[A-Za-z0-9_-]{22}$/

export interface Pseudonyms {
  toPseudonym: (userId: string) => string
  /** The user id behind a pseudonym of this company, or null for anything else. */
  toUserId: (pseudonym: string) => string | null
}

/** The installation's pseudonym key (SESSION_SECRET or the one kept in app_secrets), narrowed to one company. */
function companyKey(root: Uint8Array, organizationId: string): Buffer {
  return createHmac('sha256', root).update(organizationId).digest()
}

function encipher(key: Buffer, userId: string): string {
  const cipher = createCipheriv('aes-256-ecb', key, null).setAutoPadding(false)
  return Buffer.concat([cipher.update(Buffer.from(userId.replace(/-/g, ''), 'hex')), cipher.final()]).toString('base64url')
}

function decipher(key: Buffer, pseudonym: string): string {
  const decipher = createDecipheriv('aes-256-ecb', key, null).setAutoPadding(false)
  const hex = Buffer.concat([decipher.update(Buffer.from(pseudonym, 'base64url')), decipher.final()]).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

function pseudonymsWith(key: Buffer): Pseudonyms {
  return {
    toPseudonym: (userId) => encipher(key, userId),
    toUserId: (pseudonym) => {
      if (!PSEUDONYM.test(pseudonym)) return null
      const userId = decipher(key, pseudonym)
      // Base64 leaves two spare bits in the last character: only the canonical spelling counts.
      return encipher(key, userId) === pseudonym ? userId : null
    },
  }
}

/**
 * Pseudonyms of any company. Read the secret before a transaction opens: on embedded PGlite a
 * query outside an open transaction waits for it to end.
 */
export async function pseudonymKeyring(db: Database = getDb()): Promise<(organizationId: string) => Pseudonyms> {
  const root = await getLinkKey(PURPOSE, db)
  return (organizationId) => pseudonymsWith(companyKey(root, organizationId))
}

export async function candidatePseudonyms(organizationId: string, db: Database = getDb()): Promise<Pseudonyms> {
  return (await pseudonymKeyring(db))(organizationId)
}

/** The user id behind a candidate pseudonym of this company; a 404 for anything else. */
export async function resolveCandidate(organizationId: string, candidateId: string, db: Database = getDb()): Promise<string> {
  const userId = (await candidatePseudonyms(organizationId, db)).toUserId(candidateId)
  if (!userId) throw new NotFound('candidate')
  return userId
}
