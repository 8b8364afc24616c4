import { beforeAll, describe, expect, it } from 'vitest'
import { seedListing, seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { NotFound } from '~/utils/errors'
import { COMPANY_PAGE_SIZE, getCompanyPage, getOpenListingsOfCompany } from './company.server'

const DAY = 86_400_000
const ctx = setupAppDatabase()
let slug = ''
let chamberSlug = ''
let companyId = ''
const openIds: number[] = []

beforeAll(async () => {
  const { db } = ctx
  const company = await seedOrganization(db, {
    name: 'Harzer Holzbau GmbH',
    description: 'Wir bauen **Dachstühle**.\n\n<img src=x onerror=alert(1)>',
    isVerified: true,
  })
  slug = company.slug
  companyId = company.id
  chamberSlug = (await seedOrganization(db, { kind: 'chamber', name: 'Handwerkskammer Harz' })).slug
  // 23 open listings, published one day apart, so the newest is the last created.
  for (let i = 0; i < COMPANY_PAGE_SIZE + 3; i++) {
    const listing = await seedListing(db, { organizationId: company.id, publishedAt: new Date(Date.now() - (30 - i) * DAY) })
    openIds.push(listing.id)
  }
  await seedListing(db, { organizationId: company.id, status: 'draft', publishedAt: null })
  await seedListing(db, { organizationId: company.id, status: 'closed' })
})

describe('getCompanyPage', () => {
  it('shows the company with sanitized description and its open listings, newest first', async () => {
    const page = await getCompanyPage(slug)
    expect(page.company).toMatchObject({ name: 'Harzer Holzbau GmbH', slug, isVerified: true, isTrainingCompany: true, sector: 'crafts' })
    expect(page.company.descriptionHtml).toBe('<p>Wir bauen <strong>Dachstühle</strong>.</p>')
    expect(page.company.place).toMatchObject({ name: expect.any(String), postalCode: expect.stringMatching(/^\d{5}$/) })
    expect(page.listings.total).toBe(openIds.length)
    expect(page.listings.pageCount).toBe(2)
    expect(page.listings.items).toHaveLength(COMPANY_PAGE_SIZE)
    expect(page.listings.items[0].id).toBe(openIds.at(-1))
  })

  it('pages the rest of the listings', async () => {
    const second = await getCompanyPage(slug, { page: 2 })
    expect(second.listings.items.map((l) => l.id)).toEqual(openIds.slice(0, 3).reverse())
  })

  it('answers NotFound for an unknown slug and for a chamber', async () => {
    await expect(getCompanyPage('gibt-es-nicht')).rejects.toBeInstanceOf(NotFound)
    await expect(getCompanyPage(chamberSlug)).rejects.toBeInstanceOf(NotFound)
  })
})

describe('getOpenListingsOfCompany', () => {
  it('leaves out the listing being viewed and finds the company by slug or id', async () => {
    const bySlug = await getOpenListingsOfCompany({ slug }, { limit: 5, excludeId: openIds.at(-1) })
    expect(bySlug.map((l) => l.id)).toEqual(openIds.slice(-6, -1).reverse())
    const byId = await getOpenListingsOfCompany({ id: companyId }, { limit: 5, excludeId: openIds.at(-1) })
    expect(byId).toEqual(bySlug)
  })
})
