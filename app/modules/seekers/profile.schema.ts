import { z } from 'zod'
import { isCalendarDate } from '~/utils/calendar-date'
import { Invalid } from '~/utils/errors'
import { fieldErrorsOf } from '~/utils/form-check'
import { GERMAN_LEVELS, OFFER_TYPES } from '../../../values/listings'
import { LANGUAGE_LEVELS, RECOGNITION_STATUSES, SEEKER_CERTIFICATES, TARGET_GROUPS } from '../../../values/seekers'

/** Languages the form offers besides German: those most spoken by people who come to the Harz. */
export const LANGUAGE_CODES = ['ar', 'bg', 'en', 'es', 'fa', 'fr', 'hr', 'it', 'ku', 'pl', 'ps', 'ro', 'ru', 'sq', 'ti', 'tr', 'uk', 'vi'] as const

export const MAX_WISHED_OCCUPATIONS = 5
export const MAX_LANGUAGES = 8
export const MAX_QUALIFICATIONS = 5
export const MAX_SKILLS = 30
export const MAX_TRAVEL_KM = 100
/** The official portal of the Federal Government on the recognition of foreign qualifications. */
export const RECOGNITION_INFO_URL = 'https://www.anerkennung-in-deutschland.de/'

/**
 * What the profile form posts, as strings: the form renders from this after a failed save, so
 * nothing typed is lost, and the server parses it with ProfileInput.
 */
export interface ProfileFormValues {
  targetGroup: string
  certificate: string
  germanLevel: string
  languages: Array<{ code: string; level: string }>
  qualifications: Array<{ title: string; country: string; recognition: string }>
  skills: string
  homePlace: string
  travelKm: string
  hasDrivingLicence: boolean
  hasCar: boolean
  usesPublicTransportOnly: boolean
  availableFrom: string
  wishedOfferTypes: string[]
  isFindable: boolean
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()

/** Rows of `prefix.N.field` inputs, in index order, leaving out rows with nothing typed. */
function rows<K extends string>(form: FormData, prefix: string, fields: readonly K[], max: number): Array<Record<K, string>> {
  const result: Array<Record<K, string>> = []
  for (let i = 0; i < max + 2; i++) {
    const row = Object.fromEntries(fields.map((f) => [f, text(form, `${prefix}.${i}.${f}`)])) as Record<K, string>
    if (fields.some((f) => row[f] !== '')) result.push(row)
  }
  return result
}

export function readProfileForm(form: FormData): ProfileFormValues {
  return {
    targetGroup: text(form, 'targetGroup'),
    certificate: text(form, 'certificate'),
    germanLevel: text(form, 'germanLevel'),
    languages: rows(form, 'languages', ['code', 'level'] as const, MAX_LANGUAGES),
    qualifications: rows(form, 'qualifications', ['title', 'country', 'recognition'] as const, MAX_QUALIFICATIONS),
    skills: String(form.get('skills') ?? ''),
    homePlace: text(form, 'homePlace'),
    travelKm: text(form, 'travelKm'),
    hasDrivingLicence: form.get('hasDrivingLicence') === 'on',
    hasCar: form.get('hasCar') === 'on',
    usesPublicTransportOnly: form.get('usesPublicTransportOnly') === 'on',
    availableFrom: text(form, 'availableFrom'),
    wishedOfferTypes: form.getAll('wishedOfferTypes').map(String),
    isFindable: form.get('isFindable') === 'on',
  }
}

/** Skills typed one per line or separated by commas; the same skill twice is kept once. */
export function splitSkills(raw: string): string[] {
  const seen = new Set<string>()
  const skills: string[] = []
  for (const part of raw.split(/[\n,;]+/)) {
    const skill = part.trim().replace(/\s+/g, ' ')
    const key = skill.toLocaleLowerCase('de')
    if (skill && !seen.has(key)) {
      seen.add(key)
      skills.push(skill)
    }
  }
  return skills
}

// Messages are dictionary keys: the form shows them in the reader's language.
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal('').transform(() => null), z.enum(values, { error: 'profile.error.choice' })])

const isoDate = z
  .string()
  .refine((v) => isCalendarDate(v, { from: '2000-01-01', to: '2100-12-31' }), 'profile.error.date')

export const ProfileInput = z.object({
  targetGroup: optionalEnum(TARGET_GROUPS),
  certificate: optionalEnum(SEEKER_CERTIFICATES),
  germanLevel: optionalEnum(GERMAN_LEVELS),
  languages: z
    .array(
      z.object({
        code: z.enum(LANGUAGE_CODES, { error: 'profile.error.languageCode' }),
        level: z.enum(LANGUAGE_LEVELS, { error: 'profile.error.languageLevel' }),
      }),
    )
    .max(MAX_LANGUAGES, 'form.tooLong')
    .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'profile.error.languageTwice'),
  qualifications: z
    .array(
      z.object({
        title: z.string().trim().min(1, 'form.required').max(120, 'form.tooLong'),
        country: z.string().trim().min(1, 'form.required').max(80, 'form.tooLong'),
        recognition: z.enum(RECOGNITION_STATUSES, { error: 'profile.error.recognition' }),
      }),
    )
    .max(MAX_QUALIFICATIONS, 'form.tooLong'),
  skills: z
    .string()
    .max(3000, 'form.tooLong')
    .transform(splitSkills)
    .refine((list) => list.length <= MAX_SKILLS, 'profile.error.tooManySkills')
    .refine((list) => list.every((s) => s.length <= 60), 'profile.error.skillTooLong'),
  homePlace: z.string().trim().max(100, 'form.tooLong'),
  travelKm: z.union([
    z.literal('').transform(() => null),
    z.coerce.number({ error: 'profile.error.travelKm' }).int('profile.error.travelKm').min(1, 'profile.error.travelKm').max(MAX_TRAVEL_KM, 'profile.error.travelKm'),
  ]),
  hasDrivingLicence: z.boolean(),
  hasCar: z.boolean(),
  usesPublicTransportOnly: z.boolean(),
  availableFrom: z.union([z.literal('').transform(() => null), isoDate]),
  wishedOfferTypes: z.array(z.enum(OFFER_TYPES, { error: 'profile.error.choice' })).transform((list) => [...new Set(list)]),
  isFindable: z.boolean(),
})

export type ProfileInput = z.infer<typeof ProfileInput>

/** Parses the posted form; field errors are named like the form's inputs ("languages.0.level"). */
export function parseProfileForm(values: ProfileFormValues): ProfileInput {
  const result = ProfileInput.safeParse(values)
  if (result.success) return result.data
  throw new Invalid(fieldErrorsOf(result.error, (path) => path.join('.') || '_form'), 'form.errorSummary')
}

export const OccupationChange = z.object({
  occupationId: z.coerce.number().int().positive().max(2_147_483_647),
})
