/** Employer dashboard: views, applications, reply times, CSV export (German source). */
export const dashboardDe = {
} as const
