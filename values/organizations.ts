/* The value lists of a company profile. */

export const SECTORS = [
  'automotive',
  'crafts',
  'chemistry',
  'metal_electrical',
  'tourism',
  'care',
  'retail',
  'logistics',
  'it',
  'public',
  'other',
] as const
export const SIZE_BANDS = ['1-9', '10-49', '50-249', '250+'] as const
