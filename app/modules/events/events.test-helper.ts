import type { Database } from '../../../db/client'
import { events, type ChamberEvent } from '../../../db/schema'
import { pickPlace } from '../../../db/seed/factories'

const HOUR = 3_600_000

/** Inserts an event starting `inHours` from now and lasting `hours`; the place defaults to the largest Harz town. */
export async function seedEvent(
  db: Database,
  organizationId: string,
  opts: { inHours?: number; hours?: number; placeId?: number } & Partial<Pick<ChamberEvent, 'kind' | 'title' | 'description' | 'venue' | 'url'>> = {},
): Promise<ChamberEvent> {
  const { inHours = 48, hours = 4, placeId, ...rest } = opts
  const start = new Date(Date.now() + inHours * HOUR)
  const [row] = await db
    .insert(events)
    .values({
      organizationId,
      kind: 'job_fair',
      title: 'Ausbildungsbörse',
      placeId: placeId ?? (await pickPlace(db)).id,
      startsAt: start,
      endsAt: new Date(start.getTime() + hours * HOUR),
      ...rest,
    })
    .returning()
  return row
}
