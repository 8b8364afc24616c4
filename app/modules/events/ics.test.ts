import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, formatUtc, toICalendar, type CalendarEvent } from './ics'

const event: CalendarEvent = {
  id: '6f1c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  title: 'Ausbildungsbörse; Handwerk, Technik & mehr',
  description: 'Zeile eins\nZeile zwei mit \\ Backslash\r\nund Umlauten: äöü ß – '.repeat(3),
  startsAt: '2026-05-01T08:00:00.000Z',
  endsAt: '2026-05-01T14:30:00.000Z',
  updatedAt: '2026-04-01T10:00:00.000Z',
  location: 'Rathaus, Marktplatz 1, 38855 Wernigerode',
  url: 'https://passgenau.example/events/6f1c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  geo: { lat: 51.8365, lng: 10.7822 },
}
const NOW = new Date('2026-04-20T12:34:56.789Z')

/** Undoes folding, as a calendar reading the file does. */
const unfold = (text: string) => text.replace(/\r\n /g, '')

describe('iCalendar file', () => {
  const ics = toICalendar(event, { host: 'passgenau.example', now: NOW })

  it('ends every line with CRLF and has no bare line feed or carriage return', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('keeps every line within 75 octets, continuation lines starting with one space', () => {
    const lines = ics.split('\r\n').slice(0, -1)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
  })

  it('holds one VEVENT in a VCALENDAR with the required properties, times in UTC', () => {
    const lines = unfold(ics).split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.find((l) => l.startsWith('PRODID:'))).toBeTruthy()
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines).toContain(`UID:${event.id}@passgenau.example`)
    expect(lines).toContain('DTSTAMP:20260420T123456Z')
    expect(lines).toContain('DTSTART:20260501T080000Z')
    expect(lines).toContain('DTEND:20260501T143000Z')
    expect(lines).toContain('SUMMARY:Ausbildungsbörse\\; Handwerk\\, Technik & mehr')
    expect(lines).toContain('LOCATION:Rathaus\\, Marktplatz 1\\, 38855 Wernigerode')
    expect(lines).toContain(`URL:${event.url}`)
    expect(lines).toContain('GEO:51.8365;10.7822')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!
    expect(description).toContain('Zeile eins\\nZeile zwei mit \\\\ Backslash\\nund Umlauten: äöü ß')
  })
})

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('drops control characters that TEXT may not hold, but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td')
  })
})

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:kurz')).toBe('SUMMARY:kurz')
  })

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}€`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75)
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })

  it('fills a plain ASCII line to exactly 75 octets before folding', () => {
    const folded = foldLine('X'.repeat(200)).split('\r\n')
    expect(folded[0]).toHaveLength(75)
    expect(folded[1]).toHaveLength(75)
  })
})

describe('formatUtc', () => {
  it('writes the UTC form with a Z, whatever the offset of the input', () => {
    expect(formatUtc('2026-07-01T10:00:00+02:00')).toBe('20260701T080000Z')
  })
})
