import { describe, expect, it } from 'vitest'
import { occupationLabel } from './occupation-label'

const koch = {
  name: 'Koch/Köchin',
  labels: { de: ['Koch/Köchin', 'Koch'], en: ['private chef', 'cook'], uk: ['Кухар / кухарка', 'Кухар'], tr: ['Aşçı'], ar: ['طباخ / طباخة', 'طباخ'] },
}

describe('occupationLabel', () => {
  it('shows the own name in Ukrainian, Turkish and Arabic, marked with its language', () => {
    expect(occupationLabel(koch, 'uk')).toEqual({ text: 'Кухар / кухарка', lang: 'uk' })
    expect(occupationLabel(koch, 'tr')).toEqual({ text: 'Aşçı', lang: 'tr' })
    expect(occupationLabel(koch, 'ar')).toEqual({ text: 'طباخ / طباخة', lang: 'ar' })
  })

  it('shows the official German name on German and English pages: ESCO’s English labels name other occupations', () => {
    expect(occupationLabel(koch, 'de')).toEqual({ text: 'Koch/Köchin', lang: 'de' })
    expect(occupationLabel(koch, 'en')).toEqual({ text: 'Koch/Köchin', lang: 'de' })
  })

  it('falls back to the German name where the language has none', () => {
    expect(occupationLabel({ name: 'Webdesigner/in', labels: { de: ['Webdesigner/in'] } }, 'uk')).toEqual({ text: 'Webdesigner/in', lang: 'de' })
    expect(occupationLabel({ name: 'Webdesigner/in', labels: { uk: ['  '] } }, 'uk')).toEqual({ text: 'Webdesigner/in', lang: 'de' })
    expect(occupationLabel({ name: 'Webdesigner/in', labels: null }, 'ar')).toEqual({ text: 'Webdesigner/in', lang: 'de' })
  })
})
