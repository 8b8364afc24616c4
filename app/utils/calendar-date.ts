import { berlinDate } from './intl'
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

export interface DateWindow {
  /** Earliest day allowed, YYYY-MM-DD (inclusive). */
  from?: string
  /** Latest day allowed, YYYY-MM-DD (inclusive). */
  to?: string
}

/**
 * The one check for a day typed as YYYY-MM-DD: a real calendar day ("2027-02-29", "2027-13-01" and
 * "0000-00-00" are not) inside a window that PostgreSQL and `Date` both handle. Pure arithmetic, so it
 * never throws, whatever the input.
 */
export function isCalendarDate(value: unknown, { from = '1900-01-01', to = '2199-12-31' }: DateWindow = {}): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DAY.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return day <= days && value >= from && value <= to
}

const DAY_MS = 86_400_000

/** The calendar day in Germany, as YYYY-MM-DD: "today" for date rules is German today. */
export function berlinToday(now: Date = new Date()): string {
  return berlinDate(now)
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}
