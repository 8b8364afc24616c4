import type { NewListing } from '../schema/listings'
import type { Occupation, Place } from '../schema'
import { CONTACT_FIRST_NAMES, INVENTED_SURNAMES } from './catalog/names'
import { OCCUPATION_LABELS, OCCUPATION_TASKS } from './catalog/occupation-texts'
import { apportion, companyPlaces, type PlannedCompany } from './demo-companies'
import { buildListing } from './factories'
import { applicationDeadline, lifecycle, startDate, toDateString } from './listing-schedule'
import { listingLanguages } from './listing-languages'
import { listingRequirements } from './listing-requirements'
import { listingDescription } from './listing-text'
import { listingPay } from './pay'
import type { Rng } from './random'
import { listingTitle } from './titles'
import type { Benefit, OfferType } from '../../values/listings'

export type SeededCompany = PlannedCompany & { id: string }
/** Catalogue key ("Tischler", "esco:Pflegehelfer") → occupation row; keys missing here are skipped. */
export type OccupationIndex = ReadonlyMap<string, Occupation>

const LISTING_WEIGHT = { '1-9': 4, '10-49': 9, '50-249': 15, '250+': 22 } as const
const TRAINING_OFFERS: readonly OfferType[] = ['ausbildung', 'duales-studium', 'eq']
const MINIJOB_SECTORS = new Set(['tourism', 'retail', 'crafts', 'care'])
const NEARBY_KM = 15

function distanceKm(a: Place, b: Place): number {
  const dLat = (a.lat - b.lat) * 111.2
  const dLng = (a.lng - b.lng) * 111.2 * Math.cos((a.lat * Math.PI) / 180)
  return Math.hypot(dLat, dLng)
}

/** About `total` listings, shared out by company size, each fitting its company's trade. */
export function planListings(input: {
  rng: Rng
  companies: readonly SeededCompany[]
  occupations: OccupationIndex
  places: readonly Place[]
  now: Date
  total: number
}): NewListing[] {
  const { rng, companies, occupations, now } = input
  const pool = companyPlaces(input.places)
  const counts = apportion(companies.map((c) => LISTING_WEIGHT[c.values.sizeBand ?? '10-49']), input.total, 2)
  return companies.flatMap((company, i) => {
    const nearby = pool.filter((p) => p.districtCode === company.place.districtCode && distanceKm(p, company.place) <= NEARBY_KM)
    const familyRun = company.values.sizeBand === '1-9' || company.type.sector === 'crafts'
    const contactName = `${rng.pick(CONTACT_FIRST_NAMES)} ${familyRun ? company.surname : rng.pick(INVENTED_SURNAMES)}`
    return Array.from({ length: counts[i] }, () => planListing({ rng, company, occupations, nearby, contactName, now }))
  })
}

function planListing(ctx: {
  rng: Rng
  company: SeededCompany
  occupations: OccupationIndex
  nearby: readonly Place[]
  contactName: string
  now: Date
}): NewListing {
  const { rng, company, now } = ctx
  const type = company.type
  const available = type.occupations.filter((key) => ctx.occupations.has(key))
  const trainable = available.filter((key) => !key.startsWith('esco:'))
  const studies = (type.studies ?? []).filter((s) => ctx.occupations.has(s.occupation))
  if (trainable.length === 0) throw new Error(`No occupations of ${type.key} are in the occupations table`)

  let offerType = rng.weighted(Object.entries(type.offers), ([, w]) => w)[0] as OfferType
  if (!company.values.isTrainingCompany && TRAINING_OFFERS.includes(offerType)) offerType = rng.chance(0.7) ? 'job' : 'praktikum'
  if (offerType === 'duales-studium' && studies.length === 0) offerType = 'ausbildung'

  const study = offerType === 'duales-studium' ? rng.pick(studies) : undefined
  const choices = offerType === 'ausbildung' || offerType === 'eq' ? trainable : available
  const key = study?.occupation ?? rng.weighted(choices, (k) => choices.length - choices.indexOf(k))
  const occupation = ctx.occupations.get(key)!
  const taskKey = key.replace(/^esco:/, '')
  const name = OCCUPATION_LABELS[taskKey] ?? occupation.name
  const place = ctx.nearby.length > 0 && rng.chance(0.25) ? rng.pick(ctx.nearby) : company.place

  let workingTime: NewListing['workingTime'] = 'vollzeit'
  if (offerType === 'job') {
    if (type.shifts && rng.chance(0.25)) workingTime = 'schicht'
    else if (rng.chance(type.partTime ?? 0.1)) workingTime = MINIJOB_SECTORS.has(type.sector) && rng.chance(0.3) ? 'minijob' : 'teilzeit'
  } else if (offerType === 'praktikum' && rng.chance(0.1)) workingTime = 'teilzeit'

  const start = startDate(rng, offerType, now)
  const isSchoolInternship = offerType === 'praktikum' && rng.chance(0.2)
  const requirements = listingRequirements(rng, offerType, type.sector, name)
  const benefits = (Object.entries(type.benefits) as [Benefit, number][]).filter(([, p]) => rng.chance(p)).map(([b]) => b)
  if (requirements.hasRecognitionSupport && !benefits.includes('relocation') && rng.chance(0.5)) benefits.push('relocation')
  const needsDrivingLicence = offerType === 'job' && (taskKey === 'Berufskraftfahrer' || (!!type.needsLicence && rng.chance(0.7)))
  const big = company.values.sizeBand === '50-249' || company.values.sizeBand === '250+'
  const languages = listingLanguages(`${company.values.name}|${key}|${offerType}|${place.id}|${toDateString(start)}`, { offerType, sector: type.sector, ...requirements })

  return buildListing({
    organizationId: company.id,
    occupationId: occupation.id,
    placeId: place.id,
    offerType,
    title: listingTitle({ offerType, name, variant: rng.int(0, 11), year: start.getUTCFullYear(), workingTime, studyProgramme: study?.programme }),
    description: listingDescription({
      rng, offerType, sector: type.sector, company: company.values.name.replace(/ \(Demo\)$/, ''), place: place.name, occupation: name,
      tasks: OCCUPATION_TASKS[taskKey] ?? [], durationMonths: occupation.durationMonths, studyProgramme: study?.programme,
      isSchoolInternship, needsDrivingLicence, benefits, contactName: ctx.contactName, ...requirements,
    }),
    workingTime,
    startDate: toDateString(start),
    placesCount: offerType === 'ausbildung' ? rng.int(1, big ? 4 : 2) : rng.int(1, big ? 3 : 1),
    ...listingPay({ rng, offerType, sector: type.sector, workingTime, durationMonths: occupation.durationMonths, isSchoolInternship }),
    ...requirements,
    needsDrivingLicence,
    benefits,
    ...languages,
    applicationDeadline: applicationDeadline(rng, offerType, start, now),
    contactName: ctx.contactName,
    ...lifecycle(rng, now),
  }) as NewListing
}

/**
 * One listing per company, title and place: a company that trains or hires several people in one
 * occupation at one place says so in one listing ("3 Plätze"), not in copies a seeker would see twice.
 */
export function mergeTwins(rows: readonly NewListing[]): NewListing[] {
  const byKey = new Map<string, NewListing>()
  for (const row of rows) {
    const key = `${row.organizationId}\n${row.title}\n${row.placeId}`
    const first = byKey.get(key)
    if (first) first.placesCount = (first.placesCount ?? 1) + (row.placesCount ?? 1)
    else byKey.set(key, { ...row })
  }
  return [...byKey.values()]
}
