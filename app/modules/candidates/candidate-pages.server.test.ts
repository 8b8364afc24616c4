import type { AppLoadContext } from '@remix-run/node'
import { pino } from 'pino'
import { beforeAll, describe, expect, it } from 'vitest'
import { action as candidateAction, loader as candidateLoader } from '~/routes/employer.candidates.$id'
import { loader as searchLoader } from '~/routes/employer.candidates._index'
import { action as answerAction, loader as myInvitationsLoader } from '~/routes/me.invitations'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session.server'
import { candidatePseudonyms } from './candidate-id.server'
import { createCandidate, createInvitingCompany } from './candidates.test-helper'

const ctx = setupAppDatabase()

async function contextFor(userId: string): Promise<AppLoadContext> {
  const token = generateSessionToken()
  await createSession(token, userId)
  return { viewer: await validateSessionToken(token), secureCookies: false, clientIp: '203.0.113.9', requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) }
}

/** What a loader hands the page, and its status; `data(value, { status })` comes back wrapped. */
async function load(loader: (args: never) => unknown, userId: string, path: string, params: Record<string, string> = {}) {
  const result = (await loader({ request: new Request(`http://localhost${path}`), params, context: await contextFor(userId) } as never)) as {
    type?: string
    data?: unknown
    init?: { status?: number }
  }
  return result?.type === 'DataWithResponseInit' ? { status: result.init?.status ?? 200, body: result.data } : { status: 200, body: result }
}

async function post(action: (args: never) => unknown, userId: string, path: string, fields: Record<string, string>, params: Record<string, string> = {}) {
  const request = new Request(`http://localhost${path}`, { method: 'POST', body: new URLSearchParams(fields) })
  return (await action({ request, params, context: await contextFor(userId) } as never)) as Response
}

let a: Awaited<ReturnType<typeof createInvitingCompany>>
let b: Awaited<ReturnType<typeof createInvitingCompany>>
let seeker: Awaited<ReturnType<typeof createCandidate>>
const SURNAME = 'Wurzelbacher'
const EMAIL = 'wilma.wurzelbacher@example.org'

beforeAll(async () => {
  a = await createInvitingCompany(ctx.db, 'Alpha Antriebe GmbH')
  b = await createInvitingCompany(ctx.db, 'Beta Bau GmbH')
  seeker = await createCandidate(ctx.db, { name: `Wilma ${SURNAME}`, email: EMAIL })
})

describe('candidate pages', () => {
  it('hand the company no surname, e-mail or user id until the person accepts, and then only the inviting company', async () => {
    const idForA = (await candidatePseudonyms(a.company.id)).toPseudonym(seeker.id)
    const idForB = (await candidatePseudonyms(b.company.id)).toPseudonym(seeker.id)
    const pagesOf = async (company: typeof a, id: string) =>
      JSON.stringify([
        (await load(searchLoader, company.owner.id, '/employer/candidates')).body,
        (await load(candidateLoader, company.owner.id, `/employer/candidates/${id}`, { id })).body,
      ])
    const before = await pagesOf(a, idForA)
    expect(before).toContain(idForA)
    for (const secret of [SURNAME, EMAIL, seeker.id]) expect(before).not.toContain(secret)

    const invited = await post(candidateAction, a.owner.id, `/employer/candidates/${idForA}`, { intent: 'invite', listingId: String(a.listing.id), message: 'Kommen Sie vorbei!' }, { id: idForA })
    expect(invited.status).toBe(302)
    expect(invited.headers.get('Location')).toMatch(new RegExp(`^/employer/candidates/${idForA}\\?done=invited&invitation=`))
    const again = await post(candidateAction, a.owner.id, `/employer/candidates/${idForA}`, { intent: 'invite', listingId: String(a.listing.id) }, { id: idForA })
    expect(again.headers.get('Location')).toContain('done=already')
    await post(candidateAction, b.owner.id, `/employer/candidates/${idForB}`, { intent: 'invite', listingId: String(b.listing.id) }, { id: idForB })
    expect(await pagesOf(a, idForA)).not.toContain(SURNAME)

    const mine = (await load(myInvitationsLoader, seeker.id, '/me/invitations')).body as { invitations: Array<{ id: string; companyName: string }> }
    const fromA = mine.invitations.find((i) => i.companyName === 'Alpha Antriebe GmbH')!
    const accepted = await post(answerAction, seeker.id, '/me/invitations', { invitationId: fromA.id, answer: 'accept' })
    expect(accepted.headers.get('Location')).toBe('/me/invitations?done=accepted')

    const after = await pagesOf(a, idForA)
    expect(after).toContain(SURNAME)
    expect(after).toContain(EMAIL)
    const other = await pagesOf(b, idForB)
    expect(other).not.toContain(SURNAME)
    expect(other).not.toContain(EMAIL)
  })

  it('names filters it cannot use next to their field, with a 400', async () => {
    const page = await load(searchLoader, a.owner.id, '/employer/candidates?german=Z9&available=2026-02-30&where=Atlantis')
    expect(page.status).toBe(400)
    expect((page.body as { errors: Record<string, string> }).errors).toEqual({ german: 'candidates.error.choice', available: 'candidates.error.date', where: 'candidates.error.place' })
  })
})
