import { and, eq } from 'drizzle-orm'
import { translate } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import type { Database } from '../../../db/client'
import { organizationMembers, users } from '../../../db/schema'
import { queueMail } from '../mail/mail.server'
import type { MembershipStatus } from '../../../values/chambers'

interface About {
  companyName: string
  chamberName: string
  memberNumber: string
}

/** A company asks to be confirmed: everyone on the chamber's staff hears of it, in their language. */
export async function mailChamberStaff(tx: Database, chamberId: string, about: About) {
  const staff = await tx
    .select({ name: users.name, email: users.email, lang: users.lang })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, chamberId))
  const link = `${getEnv().APP_ORIGIN}/chamber/members`
  for (const person of staff) {
    const params = { name: person.name, company: about.companyName, chamber: about.chamberName, number: about.memberNumber, link }
    await queueMail({ to: person.email, template: 'membership-requested', lang: person.lang, params }, tx)
  }
}

/** The chamber verified, refused or revoked: the company's owners hear of it, in their language. */
export async function mailCompanyOwners(tx: Database, companyId: string, about: About & { status: MembershipStatus }) {
  const owners = await tx
    .select({ name: users.name, email: users.email, lang: users.lang })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(and(eq(organizationMembers.organizationId, companyId), eq(organizationMembers.role, 'owner')))
  const link = `${getEnv().APP_ORIGIN}/employer/membership`
  for (const owner of owners) {
    const params = {
      name: owner.name,
      company: about.companyName,
      chamber: about.chamberName,
      number: about.memberNumber,
      decision: translate(owner.lang, `chambers.status.${about.status}`),
      link,
    }
    await queueMail({ to: owner.email, template: 'membership-decided', lang: owner.lang, params }, tx)
  }
}
