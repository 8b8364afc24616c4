/** Counselling by chambers and passing on rejected applicants (German source). */
export const counsellingDe = {
} as const
