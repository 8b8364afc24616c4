/** Candidate search and invitations to apply (German source). */
export const candidatesDe = {
} as const
