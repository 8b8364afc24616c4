import { describe, expect, it } from 'vitest'
import { checkFairWording, checkListingWording, checkTitle, splitByFindings, type FairWordingCategory } from './fair-wording'

/** Phrasings from real job ads that courts or the Antidiskriminierungsstelle have called out, with what they touch. */
const DISCRIMINATORY: Array<[string, FairWordingCategory]> = [
  ['Wir sind ein junges Team in Goslar.', 'age'],
  ['Dich erwartet ein junges, dynamisches Team.', 'age'],
  ['Sie arbeiten mit jungen Kolleginnen und Kollegen.', 'age'],
  ['Wir suchen Bewerber bis 35 Jahre.', 'age'],
  ['Bewerber zwischen 25 und 35 sind willkommen.', 'age'],
  ['Berufseinsteiger bis 30 Jahre bevorzugt.', 'age'],
  ['Du bist jung und dynamisch?', 'age'],
  ['Sie sind max. 30 Jahre alt.', 'age'],
  ['Alter: 18–30', 'age'],
  ['Ideal für Menschen Mitte 20.', 'age'],
  ['Sie sind nicht älter als 40 Jahre.', 'age'],
  ['Wir wünschen uns Digital Natives.', 'age'],
  ['Ideal für Rentner und Schüler.', 'age'],
  ['Wir suchen nur männliche Bewerber.', 'gender'],
  ['Kassiererin gesucht!', 'gender'],
  ['Wir suchen eine Sekretärin für unser Büro.', 'gender'],
  ['Handwerker (m) für Montage gesucht', 'gender'],
  ['Starke Männer für den Möbeltransport.', 'gender'],
  ['Elektriker gesucht', 'gender'],
  ['Perfekt für Hausfrauen, die etwas dazuverdienen möchten.', 'gender'],
  ['Eine Schwangerschaft sollte ausgeschlossen sein: Familienplanung abgeschlossen.', 'gender'],
  ['Muttersprachler Deutsch erwünscht.', 'origin'],
  ['Voraussetzung ist die deutsche Staatsangehörigkeit.', 'origin'],
  ['Sie sprechen akzentfrei Deutsch.', 'origin'],
  ['Bewerber ohne Migrationshintergrund bevorzugt.', 'origin'],
  ['Deutsch als Muttersprache ist Pflicht.', 'origin'],
  ['Bitte keine Ausländer.', 'origin'],
  ['Im Kundenkontakt bitte kein Kopftuch.', 'religion'],
  ['Wir stellen keine Muslime ein.', 'religion'],
  ['Sie sind körperlich uneingeschränkt einsetzbar.', 'disability'],
  ['Sie sind voll belastbar.', 'disability'],
  ['Bewerber mit keine Behinderung bevorzugt; Sie sind nicht behindert.', 'disability'],
  ['Sie sind kerngesund und belastbar.', 'disability'],
  ['Sie haben keine Kinder und sind flexibel.', 'family'],
  ['Sie sind ledig und reisebereit.', 'family'],
  ['Wir erwarten ein gepflegtes Äußeres.', 'appearance'],
  ['Attraktive Erscheinung und schlanke Figur erwünscht.', 'appearance'],
  ['Sie sind heterosexuell.', 'identity'],
  ['Christliche Bewerber werden bevorzugt.', 'religion'],
  ['Mann für alles gesucht', 'gender'],
]

/** Everyday wording that must pass, including near misses of the patterns above. */
const NEUTRAL = [
  'Wir sind ein motiviertes Team in Goslar.',
  'Unser Team aus Jung und Alt freut sich auf dich.',
  'Wir suchen eine Verkäuferin oder einen Verkäufer für unsere Filiale.',
  'Verkäufer/in (m/w/d) in Teilzeit',
  'Wir suchen Mitarbeiter (m/w/d) für die Montage.',
  'Kaufmann/-frau für Büromanagement (m/w/d)',
  'Die Arbeitszeit liegt zwischen 25 und 35 Stunden pro Woche.',
  'Sie haben bis zu 3 Jahre Berufserfahrung oder möchten neu einsteigen.',
  'Beginn: 1. August 2026, Bewerbungsschluss Mitte 2026.',
  'Sehr gute Deutschkenntnisse in Wort und Schrift (mindestens B2).',
  'Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.',
  'Wir freuen uns über alle Bewerbungen – unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität.',
  'Lediglich ein Führerschein der Klasse B wird benötigt.',
  'Die Tätigkeit umfasst das Heben von Lasten bis 20 kg.',
  'Ein Gesundheitszeugnis nach § 43 IfSG ist nötig.',
  'Sie arbeiten im Schichtdienst von 22 bis 6 Uhr.',
  'Sie betreuen Kinder von 3 bis 6 Jahren in unserer Kita.',
  'Wir zahlen ein attraktives Gehalt und 30 Tage Urlaub.',
  'Mindestalter 18 Jahre wegen des Ausschanks von Alkohol.',
  'Ein junges Unternehmen mit 20 Jahren Erfahrung im Harz.',
  'Wir bieten eine Ausbildung mit Übernahmechance.',
  'Arbeitsschutzkleidung wird gestellt.',
  'Gute Deutschkenntnisse (B1) reichen für den Einstieg; wir unterstützen beim Sprachkurs.',
  'Du hast Freude am Umgang mit Menschen und arbeitest gern im Team.',
  'Eine gültige Arbeitserlaubnis für Deutschland ist Voraussetzung.',
  'Wir unterstützen bei der Anerkennung ausländischer Abschlüsse.',
  'Ihre Ansprechpartnerin: Frau Müller, Personalabteilung.',
  'Wir suchen Verstärkung für unser Lager.',
  'Azubis gesucht!',
  'Sie haben Spaß an der Arbeit mit Kindern und Jugendlichen.',
  'Zwischen 2.500 und 3.000 € brutto im Monat.',
  'Unsere Kantine bietet vegetarisches und halal-zertifiziertes Essen.',
  'Die Stelle ist auch für Menschen mit Fluchterfahrung geeignet.',
]

describe('checkFairWording', () => {
  it.each(DISCRIMINATORY)('flags %j (%s)', (text, category) => {
    const findings = checkFairWording(text)
    expect(findings.map((f) => f.category)).toContain(category)
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text)
      expect(f.alternative.length).toBeGreaterThan(0)
    }
  })

  it.each(NEUTRAL)('passes %j', (text) => {
    expect(checkFairWording(text)).toEqual([])
  })

  it('has at least 30 of each list', () => {
    expect(DISCRIMINATORY.length).toBeGreaterThanOrEqual(30)
    expect(NEUTRAL.length).toBeGreaterThanOrEqual(30)
  })

  it('gives "voll belastbar" only the softer note, "keine Behinderung" a flag', () => {
    expect(checkFairWording('voll belastbar')).toMatchObject([{ severity: 'note', category: 'disability' }])
    expect(checkFairWording('keine Behinderung')).toMatchObject([{ severity: 'flag', category: 'disability' }])
  })

  it('reports positions in order and without overlaps', () => {
    const text = 'Junges Team sucht Muttersprachler bis 35 Jahre.'
    const findings = checkFairWording(text)
    expect(findings.map((f) => f.text)).toEqual(['Junges Team', 'Muttersprachler', 'bis 35 Jahre'])
    expect(findings.map((f) => f.start)).toEqual([0, 18, 34])
  })
})

describe('checkTitle', () => {
  it('notes a title without a gender marker, pointing at its end', () => {
    expect(checkTitle('Verkäufer in Teilzeit')).toMatchObject([{ rule: 'title-marker', start: 21, end: 21, alternative: 'Verkäufer in Teilzeit (m/w/d)' }])
  })

  it.each(['Elektroniker/in (m/w/d)', 'Ausbildung Kaufmann/-frau im Einzelhandel', 'Pflegefachkraft (w/m/d)', 'Lehrer*in für Deutsch', 'Koch/Köchin'])('accepts %j', (title) => {
    expect(checkTitle(title)).toEqual([])
  })
})

describe('checkListingWording and splitByFindings', () => {
  it('checks title and description and cuts the text around the findings for <mark>', () => {
    const description = 'Ein junges Team erwartet dich.'
    const findings = checkListingWording({ title: 'Kassiererin gesucht', description })
    expect(findings.map((f) => [f.field, f.rule])).toEqual([
      ['title', 'person-wanted'],
      ['title', 'title-marker'],
      ['description', 'young-team'],
    ])
    const parts = splitByFindings(description, findings.filter((f) => f.field === 'description'))
    expect(parts.map((p) => [p.text, Boolean(p.finding)])).toEqual([
      ['Ein ', false],
      ['junges Team', true],
      [' erwartet dich.', false],
    ])
  })
})
