/** The chamber places dashboard (German source). */
export const placesDe = {
} as const
