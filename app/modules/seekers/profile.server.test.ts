import { describe, expect, it } from 'vitest'
import { pickOccupation } from '../../../db/seed/factories'
import { seedUser } from '../../../db/seed/users'
import { setupAppDatabase } from '../../../tests/support/app-database'
import { searchOccupations } from '../listings/occupations.server'
import { addWishedOccupation, getProfileView, removeWishedOccupation, saveProfile } from './profile.server'
import { parseProfileForm, type ProfileFormValues } from './profile.schema'

const ctx = setupAppDatabase()

const fields = (changes: Partial<ProfileFormValues> = {}): ProfileFormValues => ({
  targetGroup: 'newly-arrived',
  certificate: 'foreign',
  germanLevel: 'B1',
  languages: [{ code: 'ar', level: 'native' }],
  qualifications: [{ title: 'Elektriker', country: 'Syrien', recognition: 'in-progress' }],
  skills: 'Schaltschränke verdrahten, Fehlersuche',
  homePlace: 'Halberstadt',
  travelKm: '25',
  hasDrivingLicence: false,
  hasCar: false,
  usesPublicTransportOnly: true,
  availableFrom: '2026-09-01',
  wishedOfferTypes: ['job', 'ausbildung'],
  isFindable: true,
  ...changes,
})
/** The form as the route parses it. */
const values = (changes: Partial<ProfileFormValues> = {}) => parseProfileForm(fields(changes))

function refusalOf(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return null
}

const seeker = () => seedUser(ctx.db, { role: 'seeker' })

describe('seeker profile', () => {
  it('starts empty, with German first in what to add next', async () => {
    const user = await seeker()
    const view = await getProfileView(user.id)
    expect(view.exists).toBe(false)
    expect(view.completeness.percent).toBe(0)
    expect(view.completeness.missing[0]).toBe('germanLevel')
  })

  it('saves every field and reads it back, the home place as postal code and name', async () => {
    const user = await seeker()
    await saveProfile(user.id, values())
    const view = await getProfileView(user.id)
    expect(view.exists).toBe(true)
    expect(view.values).toMatchObject({
      targetGroup: 'newly-arrived',
      certificate: 'foreign',
      germanLevel: 'B1',
      languages: [{ code: 'ar', level: 'native' }],
      qualifications: [{ title: 'Elektriker', country: 'Syrien', recognition: 'in-progress' }],
      skills: 'Schaltschränke verdrahten\nFehlersuche',
      travelKm: '25',
      usesPublicTransportOnly: true,
      availableFrom: '2026-09-01',
      wishedOfferTypes: ['job', 'ausbildung'],
      isFindable: true,
    })
    expect(view.values.homePlace).toMatch(/^\d{5} Halberstadt$/)
    // Occupations and a CV are still missing.
    expect(view.completeness.missing).toEqual(['occupations', 'cv'])
  })

  it('keeps each seeker’s profile to themselves', async () => {
    const [a, b] = [await seeker(), await seeker()]
    await saveProfile(a.id, values({ germanLevel: 'C1' }))
    await saveProfile(b.id, values({ germanLevel: 'A2', homePlace: 'Nordhausen' }))
    expect((await getProfileView(a.id)).values.germanLevel).toBe('C1')
    expect((await getProfileView(b.id)).values.homePlace).toMatch(/Nordhausen$/)
    expect((await getProfileView(a.id)).values.homePlace).toMatch(/Halberstadt$/)
  })

  it('refuses bad values with the input’s own name, and an unknown place', async () => {
    const user = await seeker()
    // The route parses the form before the module is called.
    const bad = fields({ travelKm: '500', languages: [{ code: 'ar', level: '' }], availableFrom: '2026-13-40' })
    expect(refusalOf(() => parseProfileForm(bad))).toMatchObject({
      fieldErrors: { travelKm: 'profile.error.travelKm', 'languages.0.level': 'profile.error.languageLevel', availableFrom: 'profile.error.date' },
    })
    await expect(saveProfile(user.id, values({ homePlace: 'Atlantis' }))).rejects.toMatchObject({ fieldErrors: { homePlace: 'profile.error.place' } })
    expect((await getProfileView(user.id)).exists).toBe(false)
  })

  it('adds wished occupations once each, at most five, and removes them', async () => {
    const user = await seeker()
    const names = ['Elektroniker', 'Mechatroniker', 'Industriemechaniker', 'Koch', 'Tischler', 'Maler']
    const ids = []
    for (const name of names) ids.push((await pickOccupation(ctx.db, { name })).id)
    await addWishedOccupation(user.id, ids[0])
    await addWishedOccupation(user.id, ids[0])
    for (const id of ids.slice(1, 5)) await addWishedOccupation(user.id, id)
    await expect(addWishedOccupation(user.id, ids[5])).rejects.toMatchObject({ fieldErrors: { occupation: 'profile.error.tooManyOccupations' } })
    expect((await getProfileView(user.id)).occupations.map((o) => o.id)).toEqual(ids.slice(0, 5))
    await removeWishedOccupation(user.id, ids[1])
    expect((await getProfileView(user.id)).occupations.map((o) => o.id)).toEqual([ids[0], ...ids.slice(2, 5)])
    // Saving the form keeps the occupations chosen with their own forms.
    await saveProfile(user.id, values())
    expect((await getProfileView(user.id)).occupations).toHaveLength(4)
  })

  it('names the wished occupations in the interface language', async () => {
    const user = await seeker()
    await addWishedOccupation(user.id, (await pickOccupation(ctx.db, { name: 'Koch' })).id)
    expect((await getProfileView(user.id, ctx.db, 'uk')).occupations[0]).toMatchObject({ name: 'Koch/Köchin', label: { text: 'Кухар / кухарка', lang: 'uk' } })
    expect((await getProfileView(user.id, ctx.db, 'tr')).occupations[0].label).toEqual({ text: 'Aşçı', lang: 'tr' })
    expect((await getProfileView(user.id, ctx.db)).occupations[0].label).toEqual({ text: 'Koch/Köchin', lang: 'de' })
  })

  it('finds occupations by German, English and Arabic labels', async () => {
    expect((await searchOccupations('Elektroniker')).length).toBeGreaterThan(0)
    expect((await searchOccupations('electrician')).length).toBeGreaterThan(0)
    const arabic = await searchOccupations('كهربائي')
    expect(arabic.length).toBeGreaterThan(0)
    expect(arabic[0].matchedLabel).toContain('كهربائي')
  })
})
