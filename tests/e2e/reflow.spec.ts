import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { PAGES, ROLE_ACCOUNTS, resolvePath, type Role } from './support/pages'
import { signInAs } from './support/session'

/**
 * Every page of every role fits a phone (WCAG 1.4.10: nothing scrolls sideways at 320 px), passes axe
 * with the WCAG 2.2 and best-practice rules on a phone and a laptop, and keeps every header item whole
 * on a desktop. One browser context per role; problems are collected so one run names all of them.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const NARROW = [320, 390]
const AXE_WIDTHS = [390, 1366]
const HEADER_WIDTHS = [320, 390, 1280, 1366, 1920]

async function setWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: width < 800 ? 844 : 900 })
}

/** Header links and buttons that are not wholly inside the viewport or inside a box that clips them. */
async function clippedHeaderItems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header')
    if (!header) return ['no site header']
    const problems: string[] = []
    for (const el of header.querySelectorAll<HTMLElement>('a, button, summary')) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue
      // A closed menu's links keep a layout box but are not shown.
      if (el.tagName !== 'SUMMARY' && el.closest('details:not([open])')) continue
      const name = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.tagName
      if (box.left < -1 || box.right > window.innerWidth + 1) problems.push(`${name} outside the viewport`)
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') problems.push(`${name} cut inside itself`)
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const outer = up.getBoundingClientRect()
        if (box.left < outer.left - 1 || box.right > outer.right + 1) problems.push(`${name} clipped by ${up.className || up.tagName}`)
      }
    }
    return problems
  })
}

/** Columns of the pipeline board that are neither in view nor reachable through a visible link. */
async function unreachableBoardColumns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const board = document.querySelector<HTMLElement>('.board')
    if (!board) return ['no board']
    const outer = board.getBoundingClientRect()
    const problems: string[] = []
    for (const column of board.querySelectorAll<HTMLElement>('.board__column')) {
      const box = column.getBoundingClientRect()
      if (box.left >= outer.left - 1 && box.right <= outer.right + 1) continue
      const link = document.querySelector<HTMLElement>(`a[href="#${column.id}"]`)
      const linkBox = link?.getBoundingClientRect()
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(board).overflowX) && board.tabIndex === 0 && !!board.getAttribute('aria-label')
      if (!linkBox || linkBox.width === 0 || !scrolls) problems.push(`column ${column.id} out of view with no way to reach it`)
    }
    return problems
  })
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

async function checkPage(page: Page, path: string): Promise<string[]> {
  const problems: string[] = []
  await setWidth(page, 390)
  const response = await page.goto(path)
  expect(response?.status() ?? 0, path).toBeLessThan(500)
  for (const width of [...new Set([...NARROW, ...AXE_WIDTHS, ...HEADER_WIDTHS])].sort((a, b) => a - b)) {
    await setWidth(page, width)
    if (NARROW.includes(width)) {
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }))
      if (scrollWidth > innerWidth + 1) problems.push(`${width}px: page is ${scrollWidth}px wide`)
    }
    if (HEADER_WIDTHS.includes(width)) problems.push(...(await clippedHeaderItems(page)).map((p) => `${width}px header: ${p}`))
    if (AXE_WIDTHS.includes(width)) problems.push(...(await axeViolations(page)).map((p) => `${width}px axe ${p}`))
    if (width === 1280 && (await page.locator('.board').count()) > 0) {
      problems.push(...(await unreachableBoardColumns(page)).map((p) => `${width}px board: ${p}`))
    }
  }
  return problems.map((p) => `${path} ${p}`)
}

/** The page in Arabic (`?lang=` decides one request, whatever the account says): right to left, and no wider than a phone. */
async function checkArabicPage(page: Page, path: string): Promise<string[]> {
  const inArabic = (address: string) => `${address}${address.includes('?') ? '&' : '?'}lang=ar`
  await setWidth(page, 390)
  const response = await page.goto(inArabic(path))
  expect(response?.status() ?? 0, path).toBeLessThan(500)
  // A page may redirect (an application already sent leads to it); the page it leads to is checked in Arabic too.
  const landed = new URL(page.url())
  if (landed.searchParams.get('lang') !== 'ar') await page.goto(inArabic(`${landed.pathname}${landed.search}`))
  const problems: string[] = []
  for (const width of NARROW) {
    await setWidth(page, width)
    const seen = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))
    if (seen.lang !== 'ar' || seen.dir !== 'rtl') problems.push(`lang=${seen.lang} dir=${seen.dir}`)
    if (seen.scrollWidth > seen.innerWidth + 1) problems.push(`${width}px: page is ${seen.scrollWidth}px wide`)
  }
  return problems.map((p) => `${path} (ar) ${p}`)
}

async function checkRole(page: Page, role: Role, check: (page: Page, path: string) => Promise<string[]> = checkPage) {
  const entries = PAGES[role]
  const cache = new Map<string, string>()
  for (const entry of entries) {
    const path = await resolvePath(page, entry, entries, cache)
    // Soft, so one run names every page's problems, not only the first page's.
    expect.soft(await check(page, path), `${role} ${path}`).toEqual([])
  }
}

/** A report on a listing, so the moderation queue has a case to open. */
async function fileReport(page: Page) {
  await page.goto('/jobs')
  const listing = await page.locator('a[href^="/jobs/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? '').find((href) => /^\/jobs\/\d+-/.test(href)),
  )
  const id = listing!.split('/')[2].split('-')[0]
  await page.goto(`/melden?listing=${id}`)
  await page.getByLabel('Grund').selectOption({ index: 1 })
  await page.getByLabel('Erklärung').fill('Die Anzeige verlangt eine Gebühr vor dem Vorstellungsgespräch.')
  await page.getByLabel(/in gutem Glauben/).check()
  await page.getByRole('button', { name: 'Meldung senden' }).click()
  await expect(page.getByRole('heading', { name: 'Danke für Ihre Meldung' })).toBeVisible()
}

/** The demo seeker's consent to the demo chamber, which the counselling journey may have revoked: the caseload needs a case. */
async function ensureCounsellingCase(page: Page) {
  await signInAs(page, ROLE_ACCOUNTS.seeker)
  await page.goto('/me/counselling')
  const chamber = 'Handwerkskammer Harz-Brocken (Demo)'
  if ((await page.getByRole('button', { name: `Einverständnis zurücknehmen: ${chamber}` }).count()) === 0) {
    await page.getByRole('button', { name: `Einverständnis geben: ${chamber}` }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Ihr Einverständnis ist gespeichert' })).toBeVisible()
  }
}

async function prepare(page: Page, role: Role) {
  if (role === 'admin') await fileReport(page)
  if (role === 'chamber') await ensureCounsellingCase(page)
  if (role !== 'visitor') await signInAs(page, ROLE_ACCOUNTS[role])
}

for (const role of Object.keys(PAGES) as Role[]) {
  test(`every page of the ${role} fits 320 px, passes axe and keeps its header whole`, async ({ page }) => {
    // axe takes seconds per run on a busy machine: two runs on each of up to twenty pages.
    test.setTimeout(1_200_000)
    await prepare(page, role)
    await checkRole(page, role)
  })

  test(`every page of the ${role} reads right to left in Arabic and fits 320 and 390 px`, async ({ page }) => {
    test.setTimeout(600_000)
    await prepare(page, role)
    await checkRole(page, role, checkArabicPage)
  })
}
