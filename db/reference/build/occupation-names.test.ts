import { describe, expect, it } from 'vitest'
import { matchKey, neutralOccupationName, slugify } from './occupation-names'
import { cleanPlaceName } from './places'

describe('neutralOccupationName', () => {
  it.each([
    ['Elektroniker für Betriebstechnik', 'Elektronikerin für Betriebstechnik', 'Elektroniker/in für Betriebstechnik'],
    ['Kaufmann für Büromanagement', 'Kauffrau für Büromanagement', 'Kaufmann/-frau für Büromanagement'],
    ['Medizinischer Fachangestellter', 'Medizinische Fachangestellte', 'Medizinische/r Fachangestellte/r'],
    ['Koch', 'Köchin', 'Koch/Köchin'],
    ['Mikrotechnologe', 'Mikrotechnologin', 'Mikrotechnologe/-in'],
    ['Brauer und Mälzer', 'Brauerin und Mälzerin', 'Brauer/in und Mälzer/in'],
    ['Produktgestalter-Textil', 'Produktgestalterin-Textil', 'Produktgestalter/in-Textil'],
    ['Drechsler (Elfenbeinschnitzer)', 'Drechslerin (Elfenbeinschnitzerin)', 'Drechsler/in (Elfenbeinschnitzer/in)'],
  ])('writes %s / %s as %s', (masculine, feminine, expected) => {
    expect(neutralOccupationName(masculine, feminine)).toBe(expected)
  })

  it('keeps names without a feminine form, adding /in only to a lone masculine job title', () => {
    expect(neutralOccupationName('Fachkraft für Lagerlogistik', undefined)).toBe('Fachkraft für Lagerlogistik')
    expect(neutralOccupationName('Asphaltbauer', undefined)).toBe('Asphaltbauer/in')
  })

  it('shortens the legal basis that tells two ordinances of the same name apart', () => {
    expect(
      neutralOccupationName(
        'Elektroniker für Maschinen und Antriebstechnik nach der Handwerksordnung',
        'Elektronikerin für Maschinen und Antriebstechnik nach der Handwerksordnung',
      ),
    ).toBe('Elektroniker/in für Maschinen und Antriebstechnik (Handwerk)')
  })
})

describe('slugify', () => {
  it('transliterates German letters', () => {
    expect(slugify('Elektroniker/in für Betriebstechnik')).toBe('elektroniker-in-fuer-betriebstechnik')
    expect(slugify('Straßenbauer/in')).toBe('strassenbauer-in')
  })
})

describe('matchKey', () => {
  it('brings the spellings of KldB, ESCO and the ordinances together', () => {
    expect(matchKey('Kfz-Mechatroniker/Kfz-Mechatronikerin')).toBe(matchKey('Kraftfahrzeugmechatroniker'))
    expect(matchKey('Koch/Köchin')).toBe(matchKey('Koch'))
    expect(matchKey('Medizinische/r Fachangestellte/r')).toBe(matchKey('Medizinischer Fachangestellter'))
    expect(matchKey('Kaufmann/-frau - Einzelhandel')).toBe(matchKey('Kaufmann im Einzelhandel'))
    expect(matchKey('Verfahrenstechnolog(e/in) Metall')).toBe(matchKey('Verfahrenstechnologe Metall'))
    expect(matchKey('Bootsbauer/in (ohne Fachrichtungen)')).toBe(matchKey('Bootsbauer'))
  })
})

describe('cleanPlaceName', () => {
  it('collapses GeoNames names that repeat the municipality', () => {
    expect(cleanPlaceName('Goslar Goslar')).toBe('Goslar')
    expect(cleanPlaceName('Grünheide (Mark) Grünheide')).toBe('Grünheide (Mark)')
    expect(cleanPlaceName('Goslar Oker')).toBe('Goslar Oker')
    expect(cleanPlaceName('Bad Harzburg Bad Harzburg')).toBe('Bad Harzburg')
  })
})
