import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppLoadContext } from '@remix-run/node'
import { eq } from 'drizzle-orm'
import { pino } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { documents } from '../../../db/schema'
import { makeTinyPdf } from '../../../db/seed/tiny-pdf'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { createSession, generateSessionToken, validateSessionToken } from '../auth/session.server'
import { action as documentsAction } from '~/routes/me.documents'
import { loader as downloadLoader } from '~/routes/me.documents.$id'
import { DOCUMENT_MAX_BYTES } from './documents.schema'
import { canReadDocument, cleanFileName, deleteDocument, listDocuments, readDocument, uploadDocument, type UploadedFile } from './documents.server'

const uploads = mkdtempSync(join(tmpdir(), 'passgenau-documents-'))
process.env.UPLOADS_DIR = uploads
afterAll(() => rmSync(uploads, { recursive: true, force: true }))

const ctx = setupAppDatabase()

const PDF = makeTinyPdf(['Lebenslauf'])
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1])
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const HTML = new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script>')

const file = (name: string, bytes: Uint8Array, type = ''): UploadedFile => ({ name, type, bytes })
const seeker = () => seedUser(ctx.db, { role: 'seeker' })
const upload = (userId: string, f: UploadedFile | null, kind: 'cv' | 'certificate' = 'cv') => uploadDocument({ userId, kind, file: f })
const storedFiles = () => readdirSync(uploads).filter((name) => !name.endsWith('.partial'))

async function contextFor(userId: string): Promise<AppLoadContext> {
  const token = generateSessionToken()
  await createSession(token, userId)
  return { viewer: await validateSessionToken(token), secureCookies: false, clientIp: '203.0.113.9', requestId: 'test', nonce: '', logger: pino({ level: 'silent' }) }
}

describe('seeker documents', () => {
  it('stores a PDF CV and JPEG/PNG certificates under random keys, with size and checksum', async () => {
    const user = await seeker()
    const { id } = await upload(user.id, file('Mein Lebenslauf.pdf', PDF, 'application/pdf'))
    await upload(user.id, file('zeugnis.jpg', JPEG), 'certificate')
    await upload(user.id, file('zeugnis.png', PNG), 'certificate')
    const [row] = await ctx.db.select().from(documents).where(eq(documents.id, id))
    expect(row).toMatchObject({ kind: 'cv', originalName: 'Mein Lebenslauf.pdf', contentType: 'application/pdf', sizeBytes: PDF.length })
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/)
    expect(existsSync(join(uploads, row.storageKey))).toBe(true)
    expect((await listDocuments(user.id)).map((d) => d.name).sort()).toEqual(['Mein Lebenslauf.pdf', 'zeugnis.jpg', 'zeugnis.png'])
  })

  it('refuses a file that claims to be a PDF but is not, an HTML file, an empty file, one over 5 MB and no file at all', async () => {
    const user = await seeker()
    const before = storedFiles().length
    const refused = async (f: UploadedFile | null) => upload(user.id, f).then(() => 'stored', (error: { fieldErrors?: Record<string, string> }) => error.fieldErrors?.file)
    expect(await refused(file('lebenslauf.pdf', new TextEncoder().encode('Das ist Text, kein PDF.'), 'application/pdf'))).toBe('documents.error.fakePdf')
    expect(await refused(file('lebenslauf.html', HTML, 'text/html'))).toBe('documents.error.wrongType')
    expect(await refused(file('zeugnis.png', HTML, 'image/png'))).toBe('documents.error.wrongType')
    expect(await refused(file('leer.pdf', new Uint8Array()))).toBe('documents.error.empty')
    const over = new Uint8Array(DOCUMENT_MAX_BYTES + 1)
    over.set(PDF)
    expect(await refused(file('gross.pdf', over))).toBe('documents.error.tooLarge')
    const atLimit = new Uint8Array(DOCUMENT_MAX_BYTES)
    atLimit.set(PDF)
    expect(await refused(file('genau-5-mb.pdf', atLimit))).toBe('stored')
    expect(await refused(file('', new Uint8Array()))).toBe('documents.error.missing')
    expect(await refused(null)).toBe('documents.error.missing')
    expect(storedFiles().length).toBe(before + 1)
    expect(await listDocuments(user.id)).toHaveLength(1)
  })

  it('refuses an upload over the limit already while reading the request, keeping the kind chosen', async () => {
    const user = await seeker()
    const body = new FormData()
    body.set('kind', 'certificate')
    body.set('file', new File([new Uint8Array(DOCUMENT_MAX_BYTES + 10)], 'riesig.pdf', { type: 'application/pdf' }))
    const request = new Request('http://localhost/me/documents', { method: 'POST', body })
    const answer = (await documentsAction({ request, params: {}, context: await contextFor(user.id) })) as unknown as { data: unknown; init: { status: number } }
    expect(answer.init.status).toBe(413)
    expect(answer.data).toMatchObject({ fieldErrors: { file: 'documents.error.tooLarge' }, values: { kind: 'certificate' } })
  })

  it('serves a document only to its owner, always as a download that nothing runs', async () => {
    const [owner, other] = [await seeker(), await seeker()]
    const { id } = await upload(owner.id, file('Lebenslauf Müller.pdf', PDF))
    expect(await canReadDocument(owner, id)).toBe(true)
    expect(await canReadDocument(other, id)).toBe(false)
    await expect(readDocument(other, id)).rejects.toMatchObject({ status: 404 })

    const answer = (await downloadLoader({ request: new Request(`http://localhost/me/documents/${id}`), params: { id }, context: await contextFor(owner.id) })) as Response
    expect(answer.status).toBe(200)
    expect(answer.headers.get('Content-Type')).toBe('application/pdf')
    expect(answer.headers.get('Content-Disposition')).toBe(`attachment; filename="Lebenslauf M_ller.pdf"; filename*=UTF-8''Lebenslauf%20M%C3%BCller.pdf`)
    expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(answer.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    expect(new Uint8Array(await answer.arrayBuffer())).toEqual(PDF)

    const refused = await downloadLoader({ request: new Request(`http://localhost/me/documents/${id}`), params: { id }, context: await contextFor(other.id) }).catch((r: Response) => r)
    expect((refused as Response).status).toBe(404)
    const unknown = await downloadLoader({ request: new Request('http://localhost/me/documents/x'), params: { id: 'not-a-uuid' }, context: await contextFor(owner.id) }).catch((r: Response) => r)
    expect((unknown as Response).status).toBe(404)
  })

  it('deletes the row and the file, and another seeker cannot delete it', async () => {
    const [owner, other] = [await seeker(), await seeker()]
    const { id } = await upload(owner.id, file('cv.pdf', PDF))
    const [{ storageKey }] = await ctx.db.select({ storageKey: documents.storageKey }).from(documents).where(eq(documents.id, id))
    await expect(deleteDocument(other.id, id)).rejects.toMatchObject({ status: 404 })
    expect(existsSync(join(uploads, storageKey))).toBe(true)
    await deleteDocument(owner.id, id)
    expect(existsSync(join(uploads, storageKey))).toBe(false)
    expect(await listDocuments(owner.id)).toEqual([])
    await expect(deleteDocument(owner.id, id)).rejects.toMatchObject({ status: 404 })
  })

  it('never serves a stored file whose bytes no longer match the recorded type', async () => {
    const user = await seeker()
    const { id } = await upload(user.id, file('cv.pdf', PDF))
    await ctx.db.update(documents).set({ contentType: 'text/html' }).where(eq(documents.id, id))
    await expect(readDocument(user, id)).rejects.toMatchObject({ status: 404 })
  })
})

describe('cleanFileName', () => {
  it('keeps the name without folders, control characters or quotes', () => {
    expect(cleanFileName('C:\\fakepath\\Zeugnis "2025".pdf')).toBe('Zeugnis 2025.pdf')
    expect(cleanFileName('../../etc/pass\u0000wd')).toBe('passwd')
    expect(cleanFileName('   ')).toBe('document')
  })
})
