/** Chamber memberships, verification badge and promotion of listings (German source). */
export const chambersDe = {
} as const
