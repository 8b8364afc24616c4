import { asc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { organizations, places } from '../schema'
import { DEMO_SLUG_PREFIX } from './catalog/names'

/** Fictional chambers and Kreishandwerkerschaften of the Harz. */
const DEMO_CHAMBERS = [
  { name: 'Handwerkskammer Harz-Brocken (Demo)', slug: `${DEMO_SLUG_PREFIX}hwk-harz-brocken`, postalCode: '38855' },
  { name: 'Kreishandwerkerschaft Südharz-Kyffhäuser (Demo)', slug: `${DEMO_SLUG_PREFIX}khs-suedharz-kyffhaeuser`, postalCode: '99734' },
]

/** The demo chambers; `chamber@example.org` counsels at the first by slug, so keep that one first. */
export async function ensureDemoChambers(db: Database) {
  for (const chamber of DEMO_CHAMBERS) {
    const [place] = await db.select({ id: places.id }).from(places).where(eq(places.postalCode, chamber.postalCode)).orderBy(asc(places.id)).limit(1)
    await db
      .insert(organizations)
      .values({ kind: 'chamber', name: chamber.name, slug: chamber.slug, sector: 'crafts', placeId: place?.id, description: 'Fiktive Kammer für die Demo von Passgenau.' })
      .onConflictDoNothing({ target: organizations.slug })
  }
}

/** Campaigns and events of the demo chambers. Idempotent. */
export async function seedDemoChamberWork(_db: Database, _opts: { now?: Date } = {}): Promise<void> {}
