import { count } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { chamberCampaigns } from '../../../db/schema'
import { seedOrganization } from '../../../db/seed/factories'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { Invalid, NotFound } from '~/utils/errors'
import { checkCampaignFields } from '../events/events.schema'
import { createCampaign, deleteCampaign, getCampaign, listCampaignsOfChamber, listCurrentCampaigns, updateCampaign } from './campaigns.server'

const ctx = setupAppDatabase()
const ids: Record<string, string> = {}
const valid = { title: 'Lehrstellen-Aktion Sommer', description: 'Jetzt **bewerben**', startsOn: '2026-06-01', endsOn: '2026-08-31' }

async function campaignCount() {
  const [{ n }] = await ctx.db.select({ n: count() }).from(chamberCampaigns)
  return n
}

beforeAll(async () => {
  ids.chamberA = (await seedOrganization(ctx.db, { kind: 'chamber' })).id
  ids.chamberB = (await seedOrganization(ctx.db, { kind: 'chamber' })).id
  ids.campaignOfA = await createCampaign({ chamberId: ids.chamberA, input: checkCampaignFields(valid) })
})

describe('campaigns', () => {
  it('shows a campaign from its first to its last German day', async () => {
    const at = (iso: string) => listCurrentCampaigns(ids.chamberA, { now: new Date(iso) }).then((list) => list.map((c) => c.title))
    expect(await at('2026-05-31T21:59:00Z')).toEqual([])
    expect(await at('2026-05-31T22:00:00Z')).toEqual(['Lehrstellen-Aktion Sommer'])
    expect(await at('2026-08-31T21:59:00Z')).toEqual(['Lehrstellen-Aktion Sommer'])
    expect(await at('2026-08-31T22:00:00Z')).toEqual([])
  })

  it('reports each bad field and saves nothing', async () => {
    const before = await campaignCount()
    const error = await createCampaign({ chamberId: ids.chamberA, input: checkCampaignFields({ title: 'x'.repeat(121), description: 'y'.repeat(5001), startsOn: '2026-02-30', endsOn: '' }) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Invalid)
    expect((error as Invalid).fieldErrors).toEqual({
      title: 'events.form.title.tooLong',
      description: 'events.form.description.tooLong',
      startsOn: 'events.form.date.invalid',
      endsOn: 'form.required',
    })
    const reversed = await createCampaign({ chamberId: ids.chamberA, input: checkCampaignFields({ ...valid, startsOn: '2026-09-01' }) }).catch((e: unknown) => e)
    expect((reversed as Invalid).fieldErrors).toEqual({ endsOn: 'events.form.endsOn.beforeStart' })
    expect(await campaignCount()).toBe(before)
  })

  it('lets the chamber edit and delete its own campaign', async () => {
    const id = await createCampaign({ chamberId: ids.chamberA, input: checkCampaignFields({ ...valid, title: 'Herbstaktion' }) })
    await updateCampaign({ chamberId: ids.chamberA, campaignId: id, input: checkCampaignFields({ ...valid, title: 'Herbstaktion 2026' }) })
    expect(await getCampaign({ chamberId: ids.chamberA, campaignId: id })).toMatchObject({ title: 'Herbstaktion 2026' })
    await deleteCampaign({ chamberId: ids.chamberA, campaignId: id })
    expect((await listCampaignsOfChamber(ids.chamberA)).map((c) => c.id)).toEqual([ids.campaignOfA])
  })

  it('answers another chamber as if the campaign did not exist', async () => {
    const other = { chamberId: ids.chamberB, campaignId: ids.campaignOfA }
    await expect(getCampaign(other)).rejects.toBeInstanceOf(NotFound)
    await expect(updateCampaign({ ...other, input: checkCampaignFields({ ...valid, title: 'Gekapert' }) })).rejects.toBeInstanceOf(NotFound)
    await expect(deleteCampaign(other)).rejects.toBeInstanceOf(NotFound)
    expect(await getCampaign({ chamberId: ids.chamberA, campaignId: ids.campaignOfA })).toMatchObject({ title: valid.title })
  })
})
