/* The value lists and limits of invitations to apply. */

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]
export const INVITATION_MESSAGE_MAX = 1000
