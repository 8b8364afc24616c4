/** Bulk import of listings (CSV/JSON) in the employer area (German source). */
export const importsDe = {
} as const
