import { and, eq, or, sql, type SQL } from 'drizzle-orm'
import { candidateReferrals, chamberMemberships, invitations, seekerProfiles, users } from '../../../db/schema'

/*
 * Who a company may see, as conditions on a query over `users` left-joined with `seeker_profiles`.
 * Every candidate query goes through these, so a page cannot forget one of the rules.
 */

/**
 * Passed on by the chamber network: a consented referral into a chamber where this company is a
 * verified member, made by another company (the one that turned the person down never sees it).
 */
export function isReferredTo(organizationId: string): SQL {
  return sql`exists (select 1 from ${candidateReferrals}
    inner join ${chamberMemberships} on ${chamberMemberships.chamberId} = ${candidateReferrals.chamberId}
      and ${chamberMemberships.companyId} = ${organizationId} and ${chamberMemberships.status} = 'verified'
    where ${candidateReferrals.seekerId} = ${users.id} and ${candidateReferrals.status} = 'consented'
      and ${candidateReferrals.fromOrganizationId} <> ${organizationId})`
}

/** The person accepted one of this company's invitations and so shared name and e-mail with it. */
export function hasAcceptedInvitationOf(organizationId: string): SQL {
  return sql`exists (select 1 from ${invitations}
    where ${invitations.seekerId} = ${users.id} and ${invitations.organizationId} = ${organizationId} and ${invitations.status} = 'accepted')`
}

/** In the search and open to invitations: opted in to be found, or passed on to this company. */
export function isFindableBy(organizationId: string): SQL {
  return and(eq(users.role, 'seeker'), or(eq(seekerProfiles.isFindable, true), isReferredTo(organizationId)))!
}

/** The candidate page: findable, or someone who accepted this company's invitation (it keeps seeing whom it met). */
export function isVisibleTo(organizationId: string): SQL {
  return and(eq(users.role, 'seeker'), or(eq(seekerProfiles.isFindable, true), isReferredTo(organizationId), hasAcceptedInvitationOf(organizationId)))!
}
