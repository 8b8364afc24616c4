import { hasDemoFeatures, type Env } from '~/utils/env.server'

/**
 * /dev/mail shows every kept mail, password-reset links included: only while mail is kept rather
 * than sent (no SMTP_URL), outside production, and only to a browser on this machine.
 */
export function isDevMailOpen(env: Pick<Env, 'APP_ORIGIN' | 'SEED_DEMO' | 'SMTP_URL'>, context: { isLocalClient?: boolean }): boolean {
  return hasDemoFeatures(env) && !env.SMTP_URL && context.isLocalClient === true
}
