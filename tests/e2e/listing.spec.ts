import { expect, expectNoAxeViolations, test } from './support/fixtures'

test('a listing opened from the home page shows its facts, valid JSON-LD and its employer', async ({ page }) => {
  await page.goto('/')
  const first = page.locator('a[href^="/jobs/"]').first()
  const title = (await first.textContent())!.trim()
  await first.click()
  await expect(page).toHaveURL(/\/jobs\/\d+-[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('heading', { name: 'Auf einen Blick' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Voraussetzungen' })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${new URL(page.url()).pathname}$`))

  const scripts = page.locator('script[type="application/ld+json"]')
  await expect(scripts).toHaveCount(1)
  const ld = JSON.parse((await scripts.textContent())!)
  expect(ld).toMatchObject({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title,
    directApply: true,
    hiringOrganization: { '@type': 'Organization', name: expect.any(String) },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'DE' } },
    identifier: { '@type': 'PropertyValue', name: 'Passgenau' },
  })
  expect(Date.parse(ld.datePosted)).toBeLessThanOrEqual(Date.now())
  expect(Date.parse(ld.validThrough)).toBeGreaterThan(Date.now())
  expect(ld.description).toMatch(/<(p|ul|h3)>/)
  await expectNoAxeViolations(page)
})

test('the listing page gives the distance from the searched place and links to the company page', async ({ page }) => {
  await page.goto('/')
  const href = (await page.locator('a[href^="/jobs/"]').first().getAttribute('href'))!
  await page.goto(`${href}?where=Goslar`)
  await expect(page.getByText(/km von Goslar/)).toBeVisible()

  await page.getByRole('link', { name: 'Zum Firmenprofil' }).click()
  await expect(page).toHaveURL(/\/companies\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Offene Angebote \(\d+\)/ })).toBeVisible()
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0)
  expect(await page.locator('a[href^="/jobs/"]').count()).toBeGreaterThan(0)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: /Open listings \(\d+\)/ })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Deutsch' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an old slug is redirected to the canonical listing address', async ({ page }) => {
    await page.goto('/')
    const href = (await page.locator('a[href^="/jobs/"]').first().getAttribute('href'))!
    const id = /^\/jobs\/(\d+)-/.exec(href)![1]
    const response = await page.goto(`/jobs/${id}-ein-alter-titel`)
    expect(response?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe(href)
  })
})

test('the public API, sitemap and robots.txt answer through the real server', async ({ request }) => {
  const list = await request.get('/api/v1/listings?type=ausbildung&size=2')
  expect(list.status()).toBe(200)
  expect(list.headers()['access-control-allow-origin']).toBe('*')
  const body = await list.json()
  expect(body.hits).toHaveLength(2)
  const one = await request.get(`/api/v1/listings/${body.hits[0].id}`)
  expect((await one.json()).title).toBe(body.hits[0].title)

  const bad = await request.get('/api/v1/listings?type=lehre')
  expect(bad.status()).toBe(400)

  // Remix hands OPTIONS to the loader of a resource route; this checks the whole stack does.
  const preflight = await request.fetch('/api/v1/listings', { method: 'OPTIONS', headers: { Origin: 'https://partner.example' } })
  expect(preflight.status()).toBe(204)
  expect(preflight.headers()['access-control-allow-origin']).toBe('*')

  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.headers()['content-type']).toContain('application/xml')
  expect(await sitemap.text()).toContain(new URL(body.hits[0].url).pathname)
  const robots = await request.get('/robots.txt')
  expect(await robots.text()).toContain('Sitemap: ')
})
