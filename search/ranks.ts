import type { Listing } from '../db/schema'

// search/ may only import types from db/, so the order of CERTIFICATES and GERMAN_LEVELS is restated
// here. The Record types force every value to have a rank; ranks.test.ts checks the order matches.

export const CERTIFICATE_RANK: Record<Listing['minCertificate'], number> = {
  none: 0,
  hauptschule: 1,
  'mittlere-reife': 2,
  fachhochschulreife: 3,
  abitur: 4,
}

export const GERMAN_RANK: Record<Listing['minGerman'], number> = {
  none: 0,
  A1: 1,
  A2: 2,
  B1: 3,
  B2: 4,
  C1: 5,
  C2: 6,
}
