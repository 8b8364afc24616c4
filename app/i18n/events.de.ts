/** Chamber pages, campaigns and events (German source). */
export const eventsDe = {
} as const
