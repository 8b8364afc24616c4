import { and, asc, desc, eq, gte, lte } from 'drizzle-orm'
import { getDb, type Database } from '../../../db/client'
import { chamberCampaigns } from '../../../db/schema'
import { NotFound } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { berlinToday } from '~/utils/calendar-date'
import { renderMarkdown } from '../listings/markdown.server'
import { isUuid, type CampaignInput } from '../events/events.schema'

/*
 * Campaigns of a chamber ("Lehrstellen-Aktion Sommer"): shown on its page from the first to the last
 * day, counted in German days. Staff change only their own chamber's: the chamber id is in every WHERE.
 */

export interface Campaign {
  id: string
  title: string
  description: string
  startsOn: string
  endsOn: string
}

export interface CurrentCampaign extends Omit<Campaign, 'description'> {
  descriptionHtml: string
}

const campaignColumns = {
  id: chamberCampaigns.id,
  title: chamberCampaigns.title,
  description: chamberCampaigns.description,
  startsOn: chamberCampaigns.startsOn,
  endsOn: chamberCampaigns.endsOn,
}

/** Campaigns running today, the one ending first first. */
export async function listCurrentCampaigns(chamberId: string, opts: { now?: Date } = {}, db: Database = getDb()): Promise<CurrentCampaign[]> {
  const today = berlinToday(opts.now)
  const rows = await db
    .select(campaignColumns)
    .from(chamberCampaigns)
    .where(and(eq(chamberCampaigns.chamberId, chamberId), lte(chamberCampaigns.startsOn, today), gte(chamberCampaigns.endsOn, today)))
    .orderBy(asc(chamberCampaigns.endsOn), asc(chamberCampaigns.title))
  return rows.map(({ description, ...rest }) => ({ ...rest, descriptionHtml: renderMarkdown(description) }))
}

/** Every campaign of the chamber, the latest first, for its staff. */
export async function listCampaignsOfChamber(chamberId: string, db: Database = getDb()): Promise<Campaign[]> {
  return db
    .select(campaignColumns)
    .from(chamberCampaigns)
    .where(eq(chamberCampaigns.chamberId, chamberId))
    .orderBy(desc(chamberCampaigns.startsOn), asc(chamberCampaigns.title))
}

function owned(ids: { chamberId: string; campaignId: string }) {
  if (!isUuid(ids.campaignId)) throw new NotFound('campaign')
  return and(eq(chamberCampaigns.id, ids.campaignId), eq(chamberCampaigns.chamberId, ids.chamberId))
}

export async function getCampaign(ids: { chamberId: string; campaignId: string }, db: Database = getDb()): Promise<Campaign> {
  const [row] = await db.select(campaignColumns).from(chamberCampaigns).where(owned(ids))
  if (!row) throw new NotFound('campaign')
  return row
}

/** The form as the route checked it (`checkCampaignFields`); refused here, after the ownership check of an update. */
const accepted = (input: Checked<CampaignInput>) => accept(input, 'form.errorSummary')

export async function createCampaign(args: { chamberId: string; input: Checked<CampaignInput> }, db: Database = getDb()): Promise<string> {
  const input = accepted(args.input)
  const [row] = await db
    .insert(chamberCampaigns)
    .values({ ...input, chamberId: args.chamberId })
    .returning({ id: chamberCampaigns.id })
  return row.id
}

/** Ownership first: another chamber gets 404 whatever it sent. */
export async function updateCampaign(args: { chamberId: string; campaignId: string; input: Checked<CampaignInput> }, db: Database = getDb()): Promise<void> {
  const where = owned(args)
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ id: chamberCampaigns.id }).from(chamberCampaigns).where(where).for('update')
    if (!row) throw new NotFound('campaign')
    await tx.update(chamberCampaigns).set(accepted(args.input)).where(where)
  })
}

export async function deleteCampaign(args: { chamberId: string; campaignId: string }, db: Database = getDb()): Promise<void> {
  const deleted = await db.delete(chamberCampaigns).where(owned(args)).returning({ id: chamberCampaigns.id })
  if (deleted.length === 0) throw new NotFound('campaign')
}
