import { describe, expect, it } from 'vitest'
import { checkUpload, detectFileType } from './file-type'

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])
const WEBP = new TextEncoder().encode('RIFF\u0024\u0000\u0000\u0000WEBPVP8 ')
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n')
const HTML = new TextEncoder().encode('<!doctype html><script>alert(1)</script>')
const LOGO_RULES = { types: ['png', 'jpeg', 'webp'] as const, maxBytes: 1024 * 1024 }

describe('detectFileType', () => {
  it('recognises PNG, JPEG, WebP and PDF by their first bytes', () => {
    expect(detectFileType(PNG)).toBe('png')
    expect(detectFileType(JPEG)).toBe('jpeg')
    expect(detectFileType(WEBP)).toBe('webp')
    expect(detectFileType(PDF)).toBe('pdf')
  })

  it('knows nothing of an HTML page, whatever it is called', () => {
    expect(detectFileType(HTML)).toBeNull()
  })

  it('does not take a RIFF file of another kind (WAV) for WebP', () => {
    expect(detectFileType(new TextEncoder().encode('RIFF\u0024\u0000\u0000\u0000WAVEfmt '))).toBeNull()
  })

  it('needs the whole signature, not a prefix of it', () => {
    expect(detectFileType(PNG.slice(0, 4))).toBeNull()
    expect(detectFileType(new Uint8Array())).toBeNull()
  })
})

describe('checkUpload', () => {
  it('passes a PNG logo', () => {
    expect(checkUpload(PNG, LOGO_RULES)).toEqual({ ok: true, type: 'png' })
  })

  it('refuses an HTML file renamed to .png', () => {
    expect(checkUpload(HTML, LOGO_RULES)).toEqual({ ok: false, problem: 'upload.wrongType' })
  })

  it('refuses a PDF where only images are allowed', () => {
    expect(checkUpload(PDF, LOGO_RULES)).toEqual({ ok: false, problem: 'upload.wrongType' })
  })

  it('refuses an empty file', () => {
    expect(checkUpload(new Uint8Array(), LOGO_RULES)).toEqual({ ok: false, problem: 'upload.empty' })
  })

  it('refuses a file over the limit, and takes one exactly at it', () => {
    const atLimit = new Uint8Array(LOGO_RULES.maxBytes)
    atLimit.set(PNG)
    expect(checkUpload(atLimit, LOGO_RULES)).toEqual({ ok: true, type: 'png' })
    const over = new Uint8Array(LOGO_RULES.maxBytes + 1)
    over.set(PNG)
    expect(checkUpload(over, LOGO_RULES)).toEqual({ ok: false, problem: 'upload.tooLarge' })
  })
})
