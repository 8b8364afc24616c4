import { asc } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { listings } from '../../db/schema'
import { seedDemo } from '../../db/seed/demo'
import { getPublicListing } from '../../app/modules/listings/detail.server'
import { toJobPostingJsonLd } from '../../app/modules/listings/json-ld'
import { setupAppDatabase } from '../support/app-database'
import { ALWAYS_RECOMMENDED, jobPostingProblems } from './support/job-posting-rules'

const ORIGIN = 'https://passgenau.example'
const ctx = setupAppDatabase()
let rows: Array<{ id: number; status: string; expiresAt: Date | null }> = []

beforeAll(async () => {
  await seedDemo(ctx.db)
  rows = await ctx.db.select({ id: listings.id, status: listings.status, expiresAt: listings.expiresAt }).from(listings).orderBy(asc(listings.id))
}, 120_000)

const isOpen = (row: (typeof rows)[number]) => row.status === 'published' && (!row.expiresAt || row.expiresAt.getTime() > Date.now())

describe('JSON-LD of the demo listings', () => {
  it('gives every open listing all required and recommended properties with valid values', async () => {
    const open = rows.filter(isOpen)
    expect(open.length).toBeGreaterThan(500)
    const failures: string[] = []
    for (const { id } of open) {
      const result = await getPublicListing(id)
      if (result.gone) {
        failures.push(`${id}: gone`)
        continue
      }
      const ld = toJobPostingJsonLd(result.listing, ORIGIN)
      const problems = jobPostingProblems(ld)
      for (const name of ALWAYS_RECOMMENDED) if (!(name in ld)) problems.push(`missing ${name}`)
      const isUnpaid = !result.listing.pay.trainingAllowances?.length && !result.listing.pay.payMax
      if (!isUnpaid && !('baseSalary' in ld)) problems.push('missing baseSalary')
      if (result.listing.minCertificate !== 'none' && !('educationRequirements' in ld)) problems.push('missing educationRequirements')
      if (problems.length) failures.push(`${id}: ${problems.join(', ')}`)
    }
    expect(failures).toEqual([])
  }, 120_000)

  it('answers gone for every closed or expired demo listing', async () => {
    const ended = rows.filter((row) => row.status === 'closed' || row.status === 'expired')
    expect(ended.length).toBeGreaterThan(0)
    for (const { id } of ended) expect((await getPublicListing(id)).gone).toBe(true)
  }, 60_000)
})
