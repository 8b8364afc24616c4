import { sql } from 'drizzle-orm'

// Raw SQL parameters go in as ISO text with a cast: postgres.js does not serialise a Date there.
export const timestamp = (date: Date) => sql`${date.toISOString()}::timestamptz`
