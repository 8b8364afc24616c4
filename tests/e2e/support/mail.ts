import { expect, type Page } from '@playwright/test'

/** Follows the newest link mailed to `email`, as shown at /dev/mail. */
export async function openMailedLink(page: Page, email: string, pathPrefix: string) {
  await page.goto('/dev/mail')
  const mail = page.locator('article.mail').filter({ has: page.getByTestId('mail-to').getByText(email, { exact: true }) }).first()
  await expect(mail).toBeVisible()
  const link = mail.locator(`a[href*="${pathPrefix}"]`).first()
  const href = await link.getAttribute('href')
  const url = new URL(href!)
  await page.goto(url.pathname + url.search)
}

let counter = 0
export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${++counter}@example.org`
}
