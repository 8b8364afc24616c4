import { and, eq, gt, isNull } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { emailTokens } from '../../../db/schema'
import { Invalid } from '~/utils/errors'
import { generateSessionToken, sessionIdFromToken } from './session.server'
import type { EMAIL_TOKEN_PURPOSES, MemberRole } from '../../../values/accounts'

type Purpose = (typeof EMAIL_TOKEN_PURPOSES)[number]

const HOUR = 60 * 60 * 1000
export const TOKEN_TTL_MS: Record<Purpose, number> = {
  'verify-email': 48 * HOUR,
  'reset-password': 1 * HOUR,
  'change-email': 24 * HOUR,
  invite: 7 * 24 * HOUR,
}

interface NewToken {
  purpose: Purpose
  email: string
  userId?: string
  organizationId?: string
  memberRole?: MemberRole
}

/** Returns the token for the link; only its hash is stored. */
export async function createEmailToken(input: NewToken, tx: Database = getDb(), now = new Date()): Promise<string> {
  const token = generateSessionToken()
  await tx.insert(emailTokens).values({
    id: sessionIdFromToken(token),
    ...input,
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.purpose]),
  })
  return token
}

const isUsable = (token: string, purpose: Purpose, now: Date) =>
  and(eq(emailTokens.id, sessionIdFromToken(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now))

/** Marks the token used and returns its row; expired, reused and unknown links get one answer. */
export async function consumeEmailToken(token: string, purpose: Purpose, tx: Database = getDb(), now = new Date()) {
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: now })
    .where(isUsable(token, purpose, now))
    .returning()
  if (!row) throw new Invalid({ token: 'auth.linkInvalid' })
  return row
}

/** Checks a token without using it up (to show the form behind the link). */
export async function peekEmailToken(token: string, purpose: Purpose, now = new Date()) {
  const [row] = await getDb()
    .select({ email: emailTokens.email, organizationId: emailTokens.organizationId, memberRole: emailTokens.memberRole })
    .from(emailTokens)
    .where(isUsable(token, purpose, now))
  return row ?? null
}
