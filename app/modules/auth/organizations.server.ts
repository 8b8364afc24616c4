import { eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { organizations } from '../../../db/schema'

export async function getOrganizationName(id: string): Promise<string | null> {
  const [row] = await getDb().select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id))
  return row?.name ?? null
}
