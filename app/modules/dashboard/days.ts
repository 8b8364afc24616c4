/**
 * Calendar days as the dashboard counts them: in the Harz's time zone, so a view at 00:30 German time
 * belongs to the new day, not to UTC's previous one. Days travel as 'YYYY-MM-DD' strings.
 */
export const TIME_ZONE = 'Europe/Berlin'

const DAY_MS = 86_400_000

/** The day `days` before (negative: after) a 'YYYY-MM-DD' day. */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)
}
