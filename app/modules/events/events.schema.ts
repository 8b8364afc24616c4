import { z } from 'zod'
import type { MessageKey } from '~/i18n/types'
import { fieldErrorsOf, type Checked } from '~/utils/form-check'
import { isCalendarDate } from '~/utils/calendar-date'
import { fromBerlinLocal } from '~/utils/berlin-time'
import { EVENT_KINDS } from '../../../values/chambers'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Events and campaigns have UUIDs; anything else is not one of them, and must not reach PostgreSQL, which would refuse it. */
export const isUuid = (value: string) => UUID.test(value)

export const EVENT_TITLE_MAX = 120
export const EVENT_DESCRIPTION_MAX = 5000
export const EVENT_VENUE_MAX = 200
export const EVENT_URL_MAX = 500

// Messages are dictionary keys; the server parses every form again with these schemas.

const title = z.string({ error: 'form.required' }).trim().min(1, 'form.required').max(EVENT_TITLE_MAX, 'events.form.title.tooLong')
const description = z.string().trim().max(EVENT_DESCRIPTION_MAX, 'events.form.description.tooLong').optional().default('')

/** "www.example.de" is taken as https; any other scheme than http(s) is refused, so no `javascript:` link can be stored. */
function normaliseUrl(value: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
}

export function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !url.username && !url.password
}

const instant = (required: MessageKey) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .transform((value, ctx) => {
      const at = fromBerlinLocal(value)
      if (!at) {
        ctx.addIssue({ code: 'custom', message: 'events.form.time.invalid' })
        return z.NEVER
      }
      return at
    })

const calendarDate = z.string({ error: 'form.required' }).trim().min(1, 'form.required').refine((v) => isCalendarDate(v), 'events.form.date.invalid')

export const EventFields = z.object({
  kind: z.enum(EVENT_KINDS, { error: 'events.form.kind.required' }),
  title,
  description,
  place: z.string({ error: 'events.form.place.required' }).trim().min(1, 'events.form.place.required').max(100, 'form.tooLong'),
  venue: z.string().trim().max(EVENT_VENUE_MAX, 'form.tooLong').optional().default(''),
  startsAt: instant('events.form.startsAt.required'),
  endsAt: instant('events.form.endsAt.required'),
  url: z
    .string()
    .trim()
    .max(EVENT_URL_MAX, 'form.tooLong')
    .optional()
    .transform((v) => (v ? normaliseUrl(v) : null))
    .refine((v) => v === null || isWebAddress(v), 'events.form.url.invalid'),
})
export type EventInput = z.infer<typeof EventFields>

export const CampaignFields = z.object({
  title,
  description,
  startsOn: calendarDate,
  endsOn: calendarDate,
})
export type CampaignInput = z.infer<typeof CampaignFields>

/** Every field's first problem, plus the order of start and end; `now` refuses an event that is already over. */
export function checkEventFields(raw: unknown, now: Date = new Date()): Checked<EventInput> {
  const parsed = EventFields.safeParse(raw ?? {})
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error)
  if (parsed.success) {
    const { startsAt, endsAt } = parsed.data
    if (endsAt.getTime() <= startsAt.getTime()) errors.endsAt = 'events.form.endsAt.beforeStart'
    else if (endsAt.getTime() <= now.getTime()) errors.endsAt = 'events.form.endsAt.past'
  } else if (!errors.startsAt && !errors.endsAt) {
    // The times may be fine while another field failed: check their order anyway, so all errors show at once.
    const fields = (raw ?? {}) as Record<string, unknown>
    const start = typeof fields.startsAt === 'string' ? fromBerlinLocal(fields.startsAt) : null
    const end = typeof fields.endsAt === 'string' ? fromBerlinLocal(fields.endsAt) : null
    if (start && end && end.getTime() <= start.getTime()) errors.endsAt = 'events.form.endsAt.beforeStart'
  }
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, data: parsed.data } : { ok: false, errors }
}

/**
 * The event form as the route checked it. The typed place goes along (when it passed its own
 * checks), so the module looks it up in the gazetteer even when another field failed.
 */
export interface CheckedEvent {
  fields: Checked<EventInput>
  place: string | null
}

export function checkEventForm(raw: unknown, now: Date = new Date()): CheckedEvent {
  const fields = checkEventFields(raw, now)
  const typed = (raw as Record<string, unknown> | null)?.place
  return { fields, place: (fields.ok || !fields.errors.place) && typeof typed === 'string' ? typed : null }
}

export function checkCampaignFields(raw: unknown): Checked<CampaignInput> {
  const parsed = CampaignFields.safeParse(raw ?? {})
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error)
  const fields = (raw ?? {}) as Record<string, unknown>
  const [from, to] = [fields.startsOn, fields.endsOn].map((v) => (typeof v === 'string' ? v.trim() : ''))
  if (!errors.startsOn && !errors.endsOn && to < from) errors.endsOn = 'events.form.endsOn.beforeStart'
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, data: parsed.data } : { ok: false, errors }
}
