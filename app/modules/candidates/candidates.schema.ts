import { z } from 'zod'
import { isCalendarDate } from '~/utils/calendar-date'
import type { FieldErrors } from '~/utils/errors'
import { isUuid } from '../applications/applications.schema'
import { DEFAULT_RADIUS, RADII, type Radius } from '../search/search-params'
import { INVITATION_MESSAGE_MAX } from '../../../values/employer-tools'
import { GERMAN_LEVELS, type GermanLevel } from '../../../values/listings'

export const CANDIDATE_PAGE_SIZE = 20
export const MAX_CANDIDATE_PAGE = 200
/** A minimum German level is one a listing can ask for: "none" asks for nothing. */
export const MIN_GERMAN_VALUES = GERMAN_LEVELS.filter((level) => level !== 'none')

/** The candidate search's filters as the GET form sends them; the occupation is read by pickOccupationFromUrl. */
export interface CandidateFilters {
  where: string
  /** Only meaningful with `where`. */
  radius: Radius
  german: GermanLevel | null
  /** YYYY-MM-DD: the person can start on this day or earlier. */
  availableBy: string | null
  listingId: number | null
  onlyRecommended: boolean
  page: number
}


const positive = (value: string | null, max: number) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null
}

/**
 * Reads the filters from the URL. A value that cannot be used is left out of the search and
 * reported as a field error, so the page can say what was wrong next to the field.
 */
export function readCandidateFilters(params: URLSearchParams): { filters: CandidateFilters; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const get = (name: string) => (params.get(name) ?? '').trim()
  const where = get('where').slice(0, 100)
  const radiusText = get('radius')
  const radius = (RADII as readonly number[]).includes(Number(radiusText)) ? (Number(radiusText) as Radius) : DEFAULT_RADIUS
  if (radiusText && radius !== Number(radiusText)) errors.radius = 'candidates.error.choice'
  const germanText = get('german')
  const german = (MIN_GERMAN_VALUES as readonly string[]).includes(germanText) ? (germanText as GermanLevel) : null
  if (germanText && !german) errors.german = 'candidates.error.choice'
  const available = get('available')
  const availableBy = isCalendarDate(available, { from: '2000-01-01', to: '2100-12-31' }) ? available : null
  if (available && !availableBy) errors.available = 'candidates.error.date'
  const listingText = get('listing')
  const listingId = listingText ? positive(listingText, 2_147_483_647) : null
  if (listingText && listingId === null) errors.listing = 'candidates.error.listing'
  return {
    filters: { where, radius, german, availableBy, listingId, onlyRecommended: get('recommended') === '1', page: positive(get('page'), MAX_CANDIDATE_PAGE) ?? 1 },
    errors,
  }
}

// Messages are dictionary keys: the form shows them in the reader's language.
export const InviteForm = z.object({
  listingId: z.coerce.number({ error: 'candidates.invite.error.listing' }).int('candidates.invite.error.listing').positive('candidates.invite.error.listing').max(2_147_483_647, 'candidates.invite.error.listing'),
  message: z.string().trim().max(INVITATION_MESSAGE_MAX, 'candidates.invite.error.tooLong').default(''),
})

export const InvitationIdForm = z.object({
  invitationId: z.string().refine(isUuid, 'candidates.error.invitation'),
})

export const ANSWERS = ['accept', 'decline'] as const
export type InvitationAnswer = (typeof ANSWERS)[number]

export const InvitationAnswerForm = z.object({ answer: z.enum(ANSWERS, { error: 'candidates.error.answer' }) })

export type InviteInput = z.infer<typeof InviteForm>
export type InvitationAnswerInput = z.infer<typeof InvitationAnswerForm>
