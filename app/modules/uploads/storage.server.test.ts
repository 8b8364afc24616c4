import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deleteUpload, readUpload, storeUpload } from './storage.server'

const dir = mkdtempSync(join(tmpdir(), 'passgenau-uploads-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])

describe('upload storage', () => {
  it('stores under a random key and reads the bytes back with their type', async () => {
    const key = await storeUpload(PNG, 'png', dir)
    expect(key).toMatch(/^[0-9a-f]{32}$/)
    expect(await storeUpload(PNG, 'png', dir)).not.toBe(key)
    const stored = await readUpload(key, dir)
    expect(stored?.contentType).toBe('image/png')
    expect([...stored!.bytes]).toEqual([...PNG])
    expect(readdirSync(dir).some((name) => name.endsWith('.partial'))).toBe(false)
  })

  it('refuses to store bytes that are not what the caller says', async () => {
    await expect(storeUpload(new TextEncoder().encode('<html>'), 'png', dir)).rejects.toThrow()
  })

  it('reads nothing for unknown keys and for keys that try to leave the folder', async () => {
    expect(await readUpload('0'.repeat(32), dir)).toBeNull()
    expect(await readUpload('../../etc/passwd', dir)).toBeNull()
  })

  it('deletes', async () => {
    const key = await storeUpload(PNG, 'png', dir)
    await deleteUpload(key, dir)
    expect(await readUpload(key, dir)).toBeNull()
  })
})
