import { describe, expect, it } from 'vitest'
import { toEventJsonLd, type EventJsonLdSource } from './event-json-ld'

const ORIGIN = 'https://passgenau.example'
const summer: EventJsonLdSource = {
  path: '/events/6f1c2a9e-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  title: 'Ausbildungsbörse Wernigerode',
  description: '## Programm\n\n- **30 Betriebe** stellen sich vor\n- Bewerbungsmappen-Check',
  startsAt: '2026-05-01T08:00:00.000Z',
  endsAt: '2026-05-01T14:00:00.000Z',
  venue: 'Rathaus, Marktplatz 1',
  place: { name: 'Wernigerode', postalCode: '38855', state: 'Sachsen-Anhalt', lat: 51.8365, lng: 10.7822 },
  organizer: { name: 'Handwerkskammer Harz-Brocken (Demo)', path: '/chambers/demo-hwk-harz-brocken', website: 'https://hwk.example' },
}

describe('Event JSON-LD', () => {
  it('has the properties Google requires and recommends, with valid values', () => {
    const ld = toEventJsonLd(summer, ORIGIN)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Ausbildungsbörse Wernigerode',
      url: `${ORIGIN}${summer.path}`,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Rathaus, Marktplatz 1',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Rathaus, Marktplatz 1',
          postalCode: '38855',
          addressLocality: 'Wernigerode',
          addressRegion: 'Sachsen-Anhalt',
          addressCountry: 'DE',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 51.8365, longitude: 10.7822 },
      },
      organizer: { '@type': 'Organization', name: summer.organizer.name, url: `${ORIGIN}/chambers/demo-hwk-harz-brocken`, sameAs: 'https://hwk.example' },
    })
    expect(ld.description).toBe('Programm 30 Betriebe stellen sich vor Bewerbungsmappen-Check')
  })

  it('gives start and end in German time with the offset of that day', () => {
    expect(toEventJsonLd(summer, ORIGIN)).toMatchObject({ startDate: '2026-05-01T10:00:00+02:00', endDate: '2026-05-01T16:00:00+02:00' })
    const winter = toEventJsonLd({ ...summer, startsAt: '2026-11-20T17:00:00.000Z', endsAt: '2026-11-20T19:30:00.000Z' }, ORIGIN)
    expect(winter).toMatchObject({ startDate: '2026-11-20T18:00:00+01:00', endDate: '2026-11-20T20:30:00+01:00' })
    for (const value of [winter.startDate, winter.endDate]) expect(Number.isFinite(Date.parse(value))).toBe(true)
    expect(Date.parse(winter.startDate)).toBe(Date.parse('2026-11-20T17:00:00.000Z'))
  })

  it('names the place when there is no venue, and falls back to the title for an empty description', () => {
    const ld = toEventJsonLd({ ...summer, venue: '', description: '', organizer: { ...summer.organizer, website: null } }, ORIGIN)
    expect(ld.location.name).toBe('Wernigerode')
    expect(ld.location.address).not.toHaveProperty('streetAddress')
    expect(ld.description).toBe(summer.title)
    expect(ld.organizer).not.toHaveProperty('sameAs')
  })
})
