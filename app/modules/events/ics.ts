/*
 * One event as an iCalendar file (RFC 5545), so people can put it into their own calendar. Times
 * go out in UTC, which every calendar converts to local time without a VTIMEZONE block.
 */

export interface CalendarEvent {
  id: string
  title: string
  description: string
  startsAt: Date | string
  endsAt: Date | string
  updatedAt: Date | string
  /** Venue, postal code and place, as one line. */
  location: string
  /** The event's page on Passgenau. */
  url: string
  geo: { lat: number; lng: number } | null
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** TEXT values: backslash, semicolon, comma and line breaks are escaped; other control characters cannot appear. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}

const encoder = new TextEncoder()
const octets = (text: string) => encoder.encode(text).length

/**
 * Content lines longer than 75 octets are folded: a line break and one space, which counts toward the
 * next line. Cuts fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line
  const lines: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const width = octets(char)
    const limit = lines.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (size + width > limit) {
      lines.push(current)
      current = ''
      size = 0
    }
    current += char
    size += width
  }
  lines.push(current)
  return lines.join(`${CRLF} `)
}

/** 2026-05-01T08:00:00.000Z → 20260501T080000Z */
export function formatUtc(at: Date | string): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** A VCALENDAR with one VEVENT; `now` is the DTSTAMP, `host` makes the UID globally unique. */
export function toICalendar(event: CalendarEvent, opts: { host: string; now?: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Passgenau//Veranstaltungen//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@${opts.host}`,
    `DTSTAMP:${formatUtc(opts.now ?? new Date())}`,
    `DTSTART:${formatUtc(event.startsAt)}`,
    `DTEND:${formatUtc(event.endsAt)}`,
    `LAST-MODIFIED:${formatUtc(event.updatedAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.geo ? [`GEO:${event.geo.lat};${event.geo.lng}`] : []),
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${event.url}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
