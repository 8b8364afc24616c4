import { z } from 'zod'

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must be a postgres:// URL')
const httpUrl = z
  .string()
  .refine((v) => /^https?:\/\//.test(v) && URL.canParse(v), 'must be an http:// or https:// URL')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  MEILI_URL: httpUrl.optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_]*$/, 'may hold only a-z, 0-9 and _').default(''),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  APP_ORIGIN: httpUrl.optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v) && URL.canParse(v), 'must be an smtp:// or smtps:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  BUILD_DIR: z.string().min(1).default('build'),
  UPLOADS_DIR: z.string().min(1).optional(),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKER_MODE: z.enum(['in-process', 'external']).default('in-process'),
  SEED_DEMO: z.enum(['auto', 'always', 'never']).default('auto'),
  OPERATOR_NAME: z.string().default('Passgenau Harz (Demo-Betrieb)'),
  OPERATOR_ADDRESS: z.string().default('Musterstraße 1, 38640 Goslar'),
  OPERATOR_EMAIL: z.string().email().default('kontakt@passgenau.example'),
  OPERATOR_PHONE: z.string().default('+49 5321 000000'),
  OPERATOR_REPRESENTATIVE: z.string().default('Erika Mustermann'),
})

export type Env = z.infer<typeof EnvSchema> & { UPLOADS_DIR: string; APP_ORIGIN: string }

export class ConfigError extends Error {}

/** Parses the environment once; the first problem becomes a one-line message naming the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = EnvSchema.safeParse(cleaned)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = String(issue.path[0] ?? 'environment')
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}`)
  }
  const env = result.data
  return {
    ...env,
    UPLOADS_DIR: env.UPLOADS_DIR ?? `${env.DATA_DIR}/uploads`,
    APP_ORIGIN: env.APP_ORIGIN ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`,
  }
}

let cached: Env | undefined
export function getEnv(): Env {
  cached ??= parseEnv()
  return cached
}

/**
 * Served over https: cookies get the Secure flag and responses HSTS. A public deployment sets an https
 * APP_ORIGIN (also behind a TLS-terminating proxy); `npm start` on a laptop serves plain http.
 */
export const servesHttps = (env: Pick<Env, 'APP_ORIGIN'>) => env.APP_ORIGIN.startsWith('https://')

/**
 * Demo logins and the /dev/mail viewer exist only on an installation that is not served over https:
 * both would hand out accounts and password-reset mails to anyone on a public site. NODE_ENV plays no
 * part, so the built server runs React's production build with the demo intact.
 */
export const hasDemoFeatures = (env: Pick<Env, 'APP_ORIGIN' | 'SEED_DEMO'>) => env.SEED_DEMO !== 'never' && !servesHttps(env)

/** The subset of configuration that may reach the browser. */
export function getPublicEnv(env: Env = getEnv()) {
  return { operatorName: env.OPERATOR_NAME }
}
