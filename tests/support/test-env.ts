/** The admin URL of the PostgreSQL server tests use; unset means embedded PGlite. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/** Names of one run's databases: runs side by side on one server never drop each other's. */
export const runDatabaseName = (run: string, suffix: string) => `passgenau_t_${run}_${suffix}`
