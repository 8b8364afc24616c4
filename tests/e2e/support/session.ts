import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'harz-demo-2026'

/**
 * Signs in without the form: a real session from the server, its cookie set in the browser.
 * Only the sign-in journey itself uses the form.
 */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  const response = await page.request.post('/login', { form: { email, password }, maxRedirects: 0 })
  expect(response.status(), `sign-in of ${email}`).toBe(302)
}
