import { Link } from '@remix-run/react'
import { useLang, useT } from '~/i18n'
import type { MemberBusiness } from '~/modules/chambers/chamber-page.server'
import { formatCount, pluralKey } from '~/utils/format'
import { TableRegion } from '~/components/table-region'

/** Verified member businesses with open places: to their page, and to their listings in search. */
export function ChamberMembers({ members, memberCount }: { members: MemberBusiness[]; memberCount: number }) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="listing-section" aria-labelledby="chamber-members">
      <h2 id="chamber-members">{t('events.chamberPage.members')}</h2>
      <p>
        {t(pluralKey(lang, memberCount, { one: 'events.chamberPage.memberSummary.one', other: 'events.chamberPage.memberSummary.other' }), {
          count: formatCount(lang, memberCount),
          open: formatCount(lang, members.length),
        })}
      </p>
      {members.length > 0 ? (
        <TableRegion label={t('events.chamberPage.members')}>
          <table className="table member-table">
            <thead>
              <tr>
                <th scope="col">{t('events.chamberPage.member')}</th>
                <th scope="col">{t('events.chamberPage.memberPlace')}</th>
                <th scope="col">{t('events.chamberPage.openListings')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const listings = t(pluralKey(lang, member.openListings, { one: 'events.chamberPage.listings.one', other: 'events.chamberPage.listings.other' }), {
                  count: formatCount(lang, member.openListings),
                })
                return (
                  <tr key={member.path}>
                    <td>
                      <Link to={member.path}>{member.name}</Link>
                    </td>
                    <td>{member.placeName ?? '–'}</td>
                    <td>
                      {/* The visible text starts the name, so voice control finds the link by what it shows. */}
                      <Link to={member.jobsPath} aria-label={t('events.chamberPage.openListingsOf', { listings, name: member.name })}>
                        {listings}
                      </Link>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p className="empty">{t('events.chamberPage.noMembers')}</p>
      )}
    </section>
  )
}
