/*
 * Events and application deadlines are in the Harz, so their times are entered, shown and published as
 * wall-clock times in Germany, whatever the server's or the visitor's time zone. Pure and client-safe.
 */

export const EVENT_TIME_ZONE = 'Europe/Berlin'

const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClock(at: Date): WallClock {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(at).map((p) => [p.type, p.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Minutes Germany is ahead of UTC at that instant: 60 in winter, 120 in summer. */
export function berlinOffsetMinutes(at: Date): number {
  const w = wallClock(at)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000)
}

/**
 * "2026-05-01T10:00" (a datetime-local field) read as a time in Germany → the instant, or null when
 * it is no real time. A time skipped by the spring change reads as the hour after it.
 */
export function fromBerlinLocal(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!match) return null
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((part) => Number(part ?? 0))
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  if (new Date(wall).getUTCDate() !== day) return null
  // The offset depends on the instant we are looking for; a second guess settles it near the changes.
  const first = wall - berlinOffsetMinutes(new Date(wall)) * 60_000
  return new Date(wall - berlinOffsetMinutes(new Date(first)) * 60_000)
}

/** The instant as the "YYYY-MM-DDTHH:MM" a datetime-local field shows, in German time. */
export function toBerlinLocal(at: Date | string): string {
  const w = wallClock(new Date(at))
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`
}

/** ISO 8601 with Germany's offset at that instant: "2026-05-01T10:00:00+02:00". */
export function toBerlinIso(at: Date | string): string {
  const instant = new Date(at)
  const w = wallClock(instant)
  const offset = berlinOffsetMinutes(instant)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}
