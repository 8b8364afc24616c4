/**
 * What a complete profile has, in the order the indicator asks for it: first what the match score
 * and the hard filters of the recommendations need (German, home, radius, occupations,
 * certificate), then what helps companies.
 */
export const PROFILE_STEPS = ['germanLevel', 'homePlace', 'travelKm', 'occupations', 'certificate', 'targetGroup', 'offerTypes', 'skills', 'cv'] as const
export type ProfileStep = (typeof PROFILE_STEPS)[number]

export interface ProfileFacts {
  hasGermanLevel: boolean
  hasHomePlace: boolean
  hasTravelKm: boolean
  occupationCount: number
  hasCertificate: boolean
  hasTargetGroup: boolean
  offerTypeCount: number
  skillCount: number
  hasCv: boolean
}

const DONE: Record<ProfileStep, (f: ProfileFacts) => boolean> = {
  germanLevel: (f) => f.hasGermanLevel,
  homePlace: (f) => f.hasHomePlace,
  travelKm: (f) => f.hasTravelKm,
  occupations: (f) => f.occupationCount > 0,
  certificate: (f) => f.hasCertificate,
  targetGroup: (f) => f.hasTargetGroup,
  offerTypes: (f) => f.offerTypeCount > 0,
  skills: (f) => f.skillCount > 0,
  cv: (f) => f.hasCv,
}

/** Where each step is done: a section of the profile page, or the documents page. */
export const STEP_TARGETS: Record<ProfileStep, string> = {
  germanLevel: '#languages',
  homePlace: '#mobility',
  travelKm: '#mobility',
  occupations: '#occupations',
  certificate: '#about',
  targetGroup: '#about',
  offerTypes: '#wishes',
  skills: '#about',
  cv: '/me/documents',
}

export interface Completeness {
  percent: number
  /** Steps still open, the next one first. */
  missing: ProfileStep[]
  isComplete: boolean
}

export function profileCompleteness(facts: ProfileFacts): Completeness {
  const missing = PROFILE_STEPS.filter((step) => !DONE[step](facts))
  return {
    percent: Math.round(((PROFILE_STEPS.length - missing.length) / PROFILE_STEPS.length) * 100),
    missing,
    isComplete: missing.length === 0,
  }
}
