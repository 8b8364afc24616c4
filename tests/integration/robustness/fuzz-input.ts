import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { ROLES, type Role } from './site'

/*
 * Generated bad input for the fuzz suite: wrong types, huge values, NUL and other control characters,
 * invalid UTF-8 percent-escapes, impossible dates, repeated fields and wrong content types.
 */

const appDir = resolve(__dirname, '../../../app')

/** Every form field name the site uses (from `name="…"` and `form.get('…')` in app/), so a new field is fuzzed too. */
export function fieldNames(): string[] {
  const names = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.tsx?$/.test(entry) && !entry.includes('.test.')) {
        const text = readFileSync(path, 'utf8')
        for (const m of text.matchAll(/\bname="([A-Za-z][\w-]*)"|\.get(?:All)?\('([A-Za-z][\w-]*)'\)/g)) names.add(m[1] ?? m[2])
      }
    }
  }
  walk(appDir)
  return [...names].sort()
}

const INTENTS = [
  'save', 'publish', 'preview', 'create', 'update', 'delete', 'add', 'remove', 'message', 'note', 'status', 'reject', 'upload', 'check',
  'import', 'invite', 'feature', 'end', 'duplicate', 'close', 'renew', 'withdraw', 'accept', 'decline', 'logo', 'remove-logo', 'change-email',
  'change-password', 'add-occupation', 'remove-occupation', 'move', 'request', 'revoke', 'verify', 'consent', 'pick', 'unpick', 'answer',
]

const NASTY = [
  '', ' ', '\u0000', 'a\u0000b', '%00', '\u0001\u001f\u007f', '\t\r\n', '-1', '0', '1e308', 'NaN', 'Infinity', '99999999999999999999', '2147483648',
  '-2147483649', '3.5', 'true', 'null', 'undefined', '[]', '{}', '2027-13-01', '2027-01-32', '0000-00-00', '2027-02-29', '9999-12-31', '1970-01-01',
  '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '<script>alert(1)</script>', "'; drop table users; --", '../../etc/passwd', '\\\\evil',
  '//evil.example', 'javascript:alert(1)', '\uD800', '\uFFFF', '😀'.repeat(50), 'ü'.repeat(300), 'A'.repeat(5001), 'on', 'off', 'de', 'en', 'xx',
  'seeker', 'owner', 'admin', 'cv', 'ausbildung', 'job', 'published', 'rejected', 'a@b', 'person@example.org', 'Goslar', '38640',
]

/** Lone surrogates cannot be encoded; a browser sends U+FFFD in their place. */
const encode = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))

/** A value some real thing has (ids, slugs), so that fuzzing reaches past "not found". */
export interface Known {
  ids: string[]
}

export const textValue = (known: Known) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\u0008', '\u001b'), fc.string({ maxLength: 10 })).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 70_000 }).map((n) => 'x'.repeat(n)) },
    { weight: 2, arbitrary: fc.constantFrom(...known.ids) },
  )

/** Percent-escapes that are not valid UTF-8 (overlong NUL, lone surrogate, truncated sequences, bad hex). */
const BAD_ESCAPES = ['%FF', '%C0%80', '%ED%A0%80', '%E3%80', '%F0%9F', '%', '%G0', '%%', '%0', '%00', '%E3%80%82', '%0A', '%0D%0A', '%2F%2E%2E']

const encodedValue = (known: Known) =>
  fc.oneof(
    { weight: 4, arbitrary: textValue(known).map(encode) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...BAD_ESCAPES), fc.string({ maxLength: 5 }).map(encode)), { maxLength: 6 }).map((p) => p.join('')) },
  )

/** A query string or urlencoded body: some fields (intent first), values bad, fields sometimes repeated. */
export const encodedFields = (names: string[], known: Known) =>
  fc
    .tuple(
      fc.option(fc.constantFrom(...INTENTS), { nil: undefined }),
      fc.array(fc.tuple(fc.constantFrom(...names), encodedValue(known)), { maxLength: 8 }),
      fc.boolean(),
    )
    .map(([intent, pairs, repeat]) => {
      const all = intent ? [['intent', intent] as [string, string], ...pairs] : pairs
      if (repeat && all.length > 0) all.push(all[0])
      return all.map(([k, v]) => `${encode(k)}=${v}`).join('&')
    })

export type BodyKind = 'urlencoded' | 'multipart' | 'json' | 'text' | 'none' | 'multipart-no-boundary' | 'multipart-unterminated' | 'multipart-bad-filename'

const FILE_NAMES = ['Lebenslauf; 2024.pdf', 'a=b.pdf', 'a"b.pdf', 'zeile\r\numbruch.pdf', 'null\u0000.pdf', '', '../../x.pdf', 'ü😀.pdf', 'x'.repeat(300)]

/** The body of a POST in the encoding named: what a browser sends, and what it never would. */
export function bodyOf(kind: BodyKind, encoded: string, fileName: string): { headers: Record<string, string>; body?: string | FormData } {
  const fields = [...new URLSearchParams(encoded)]
  const boundary = 'fuzzBoundary7MA4YWxk'
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n`
  switch (kind) {
    case 'urlencoded':
      return { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: encoded }
    case 'multipart': {
      const form = new FormData()
      for (const [k, v] of fields) form.append(k, v)
      form.append('file', new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], fileName || 'x.pdf', { type: 'application/pdf' }))
      return { headers: {}, body: form }
    }
    case 'multipart-bad-filename':
      return { headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body: `${fields.map(([k, v]) => part(k, v)).join('')}${filePart}--${boundary}--\r\n` }
    case 'multipart-unterminated':
      return { headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body: `${fields.map(([k, v]) => part(k, v)).join('')}--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\nabc` }
    case 'multipart-no-boundary':
      return { headers: { 'Content-Type': 'multipart/form-data' }, body: encoded }
    case 'json':
      return { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Object.fromEntries(fields)) }
    case 'text':
      return { headers: { 'Content-Type': 'text/plain' }, body: encoded }
    case 'none':
      return { headers: {}, body: undefined }
  }
}

export const bodyKind = fc.oneof(
  { weight: 10, arbitrary: fc.constant<BodyKind>('urlencoded') },
  { weight: 2, arbitrary: fc.constant<BodyKind>('multipart') },
  { weight: 1, arbitrary: fc.constantFrom<BodyKind>('json', 'text', 'none', 'multipart-no-boundary', 'multipart-unterminated', 'multipart-bad-filename') },
)

export const fileName = fc.constantFrom(...FILE_NAMES)
export const role = fc.constantFrom<Role>(...ROLES)

/** A value for a path parameter, already encoded for the address: real ids and slugs, or garbage. */
export const pathSegment = (known: Known) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known.ids) },
    { weight: 2, arbitrary: encodedValue(known).filter((s) => s.length > 0 && s.length < 2000) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%2F', '..', '%2E%2E', '%E3%80', '%FF', 'x%00y', '1-%00', '123abc') },
  )
