/**
 * Wording that discriminates under the AGG (§§ 1, 7, 11: age, gender, ethnic origin, religion,
 * disability, sexual identity), found in a listing's German text, each with a neutral alternative.
 * Pure and client-safe: the form highlights the same findings the server checks before publishing.
 *
 * The alternatives are German phrases because listings are written in German; the explanations the
 * page shows around them come from the dictionaries (`fairWording.category.*`).
 *
 * Patterns flag restrictions ("bis 35 Jahre", "keine Behinderung"), never the characteristics as
 * such: a diversity statement ("unabhängig von Alter, Herkunft, Religion …") must pass.
 */
export const FAIR_WORDING_CATEGORIES = ['age', 'gender', 'origin', 'religion', 'disability', 'family', 'appearance', 'identity'] as const
export type FairWordingCategory = (typeof FAIR_WORDING_CATEGORIES)[number]

/** 'flag': discriminating as written. 'note': often fine, but worth a second look (a softer hint). */
export type FairWordingSeverity = 'flag' | 'note'

export interface FairWordingFinding {
  rule: string
  category: FairWordingCategory
  severity: FairWordingSeverity
  field: 'title' | 'description'
  start: number
  end: number
  text: string
  alternative: string
}

interface Rule {
  id: string
  category: FairWordingCategory
  severity: FairWordingSeverity
  pattern: RegExp
  alternative: string
}

const L = '\\p{L}'
const AGE = '(?:1[6-9]|[2-6]\\d)'
const PERSONS = `(?:Bewerber${L}*|Mitarbeiter${L}*|Kandidat${L}*|Kolleg${L}*)`

/** Word boundaries that know umlauts; a space in a source stands for any run of white space. */
function rule(id: string, category: FairWordingCategory, source: string, alternative: string, severity: FairWordingSeverity = 'flag'): Rule {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${source.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu')
  return { id, category, severity, pattern, alternative }
}

const RULES: Rule[] = [
  rule('young-team', 'age', `jung(?:e|en|es|er)?(?:,? (?:und )?[${L}-]+)? (?:Team|Teams|Kollegium|Kolleg${L}*|Mannschaft|Belegschaft)`, 'motiviertes Team'),
  rule('young-dynamic', 'age', `jung(?:e|en|es|er)? (?:und|&) dynamisch${L}*`, 'engagiert und offen für Neues'),
  rule('young-people', 'age', `(?:junge|jungen|jüngere|jüngeren) ${PERSONS}`, 'Bewerbende (m/w/d)'),
  rule(
    'age-limit',
    'age',
    `(?:bis|maximal|max\\.?|höchstens|nicht älter als|unter|jünger als) (?:zu )?${AGE} Jahre?n?(?: alt)?(?! (?:Berufs)?erfahrung| Betriebszugehörigkeit)`,
    'ohne Altersangabe; beschreiben Sie die Aufgaben',
  ),
  rule(
    'age-range',
    'age',
    `(?:zwischen|von) ${AGE} (?:und|bis|-|–) ${AGE}(?! (?:Stunden|Std|Wochenstunden|Uhr|Euro|€|Prozent|%|Minuten|Kilometer|km|kg|Tage${L}*|Grad|Personen|Mitarbeite${L}*|Beschäftigte${L}*))`,
    'ohne Altersangabe',
  ),
  rule('age-field', 'age', `(?:Alter|Altersgrenze|Höchstalter)(?::| von| zwischen| bis)? ${AGE}`, 'ohne Altersangabe'),
  rule('age-decade', 'age', `(?:Anfang|Mitte|Ende) [2-6]0(?! (?:Uhr|Euro|€|Prozent|%|Stunden|Minuten))`, 'ohne Altersangabe'),
  rule('career-starter-limit', 'age', `Berufs(?:einsteiger|anfänger)${L}* (?:bis|unter|maximal|max\\.?)`, 'Berufseinsteigende (m/w/d), ohne Altersgrenze'),
  rule('digital-native', 'age', 'Digital(?:e)? Natives?', 'sicher im Umgang mit digitalen Werkzeugen'),
  rule('max-experience', 'age', `(?:maximal|max\\.?|höchstens|nicht mehr als) \\d{1,2} Jahre?n? (?:Berufs)?erfahrung`, 'erste Berufserfahrung (ohne Obergrenze)', 'note'),
  rule('for-pensioners', 'age', `(?:ideal|perfekt|geeignet|passend) für (?:Rentner${L}*|Senior${L}*|Schüler${L}*)`, 'für alle, die … Stunden pro Woche arbeiten möchten'),

  rule('gender-only', 'gender', `(?:nur|ausschließlich|bevorzugt|vorzugsweise|vorrangig) (?:männlich${L}*|weiblich${L}*|Männer|Frauen|Herren|Damen)`, 'Bewerbende aller Geschlechter'),
  rule('strong-men', 'gender', '(?:starke|kräftige|tatkräftige) (?:Männer|Jungs|Burschen|Herren)', 'Mitarbeitende (m/w/d), die schwere Lasten heben können'),
  rule('gender-wanted', 'gender', '(?:Männer|Frauen|Mann|Herren|Damen|Jungs|Mädels|Mädchen) (?:für|gesucht)', 'Person (m/w/d) für …'),
  rule('gender-marker', 'gender', '\\((?:m|w|f|männlich|weiblich)\\)', '(m/w/d)'),
  rule(
    'single-gender-title',
    'gender',
    `(?<![/*:])(?:Sekretärin|Kassiererin|Verkäuferin|Putzfrau|Reinigungsfrau|Raumpflegerin|Krankenschwester|Arzthelferin|Sprechstundenhilfe|Empfangsdame|Kindergärtnerin|Friseuse|Zimmermädchen|Hausdame|Kellnerin|Serviererin|Haushälterin|Näherin|Bürokauffrau)(?! ?\\((?:m/w/d|w/m/d|m/w/x|d/m/w|gn)\\)| (?:oder|und) ${L}+)`,
    'die Berufsbezeichnung für alle, z. B. „Kassierer/in (m/w/d)“',
  ),
  rule('person-wanted', 'gender', `${L}{3,}(?:er|mann|frau|erin|eur|ist|istin|iker|ikerin) gesucht`, '… (m/w/d) gesucht'),
  rule('for-housewives', 'gender', '(?:ideal|perfekt|geeignet|passend) für (?:Hausfrauen|Mütter|Mamas|Hausmänner)', 'für alle, die in Teilzeit arbeiten möchten'),
  rule('pregnancy', 'gender', `(?:nicht schwanger|keine Schwangerschaft${L}*|Schwangerschaft ausgeschlossen|Familienplanung abgeschlossen)`, 'weglassen'),

  rule('native-speaker', 'origin', `(?:Muttersprachler${L}*|Muttersprache|muttersprachlich${L}*)`, 'sehr gute Deutschkenntnisse (z. B. Niveau C1)'),
  rule('citizenship', 'origin', `deutsche[rn]? (?:Staatsangehörigkeit|Staatsbürgerschaft|Staatsbürger${L}*|Pass|Reisepass|Nationalität)`, 'eine gültige Arbeitserlaubnis für Deutschland'),
  rule('accent', 'origin', `(?:akzentfrei${L}*|ohne Akzent|dialektfrei${L}*)`, 'gut verständliches Deutsch (z. B. Niveau B2)'),
  rule('migration-background', 'origin', `(?:ohne|kein${L}*) Migrationshintergrund`, 'weglassen'),
  rule(
    'origin-only',
    'origin',
    `(?:keine Ausländer${L}*|nur (?:Deutsche|Einheimische)${L}*|deutscher (?:Herkunft|Abstammung)|deutschstämmig${L}*|hellhäutig${L}*|weiße Hautfarbe)`,
    'weglassen',
  ),

  rule('headscarf', 'religion', `(?:kein|keine|ohne) Kopft(?:uch|ücher)${L}*`, 'Beschreiben Sie die Dienstkleidung, z. B. „Arbeitsschutzkleidung wird gestellt“'),
  rule('no-religion', 'religion', `(?:keine (?:Muslime|Moslems|Juden|Christen)|konfessionslos${L}*)`, 'weglassen'),
  rule(
    'denomination',
    'religion',
    `(?:(?:christlich|katholisch|evangelisch|muslimisch|jüdisch)${L}* (?:${PERSONS}|Glaubens|Glauben|Konfession)|(?:Kirchen|Konfessions|Religions)zugehörigkeit|Mitglied(?:schaft)? (?:in )?einer (?:christlichen )?Kirche)`,
    'Identifikation mit unserem Leitbild (nur kirchliche Arbeitgeber dürfen mehr verlangen, § 9 AGG)',
    'note',
  ),

  rule('physically-unrestricted', 'disability', 'körperlich (?:uneingeschränkt|einwandfrei|gesund|voll leistungsfähig)', 'die körperlichen Anforderungen beschreiben, z. B. „Heben bis 20 kg“'),
  rule('physically-fit', 'disability', 'körperlich fit', 'die körperlichen Anforderungen beschreiben, z. B. „Arbeit überwiegend im Stehen“', 'note'),
  rule('fully-resilient', 'disability', `(?:voll|uneingeschränkt|hundertprozentig|100\\s?%) belastbar${L}*`, 'die Anforderungen beschreiben, z. B. „Arbeit im Schichtdienst“', 'note'),
  rule('no-disability', 'disability', `(?:(?:keine|ohne) (?:Schwer)?behinderung${L}*|nicht (?:schwer)?behindert)`, 'weglassen; ggf. „Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt“'),
  rule(
    'healthy',
    'disability',
    `(?:kerngesund|gesund und belastbar|gesundheitlich (?:uneingeschränkt|einwandfrei|fit)|keine (?:chronischen )?(?:Krankheiten|Vorerkrankungen))`,
    'die Anforderungen der Tätigkeit beschreiben',
  ),

  rule('no-children', 'family', `(?:keine Kinder|kinderlos${L}*|ohne Kinder|(?:ohne|keine) familiären? Verpflichtungen)`, 'die Arbeitszeiten beschreiben'),
  rule('marital-status', 'family', '(?:ledig|unverheiratet|verheiratet|Familienstand)', 'weglassen'),

  rule('looks', 'appearance', `(?:attraktive[ns]? (?:Äußere${L}*|Erscheinung${L}*)|gute[ns]? Aussehen|gut ?aussehend${L}*|schlank${L}*|Kleidergröße|Konfektionsgröße)`, 'weglassen'),
  rule('groomed', 'appearance', `gepflegte[ns]? (?:Äußere${L}*|Erscheinung${L}*|Erscheinungsbild)`, 'freundliches Auftreten gegenüber Gästen', 'note'),

  rule('sexual-identity', 'identity', `(?:heterosexuell${L}*|nicht homosexuell${L}*)`, 'weglassen'),
]

/** Every finding in `text`, in order; where two rules match the same words, the earlier, longer one wins. */
export function checkFairWording(text: string, field: FairWordingFinding['field'] = 'description'): FairWordingFinding[] {
  const found: FairWordingFinding[] = []
  for (const r of RULES) {
    for (const match of text.matchAll(r.pattern)) {
      const start = match.index
      found.push({ rule: r.id, category: r.category, severity: r.severity, field, start, end: start + match[0].length, text: match[0], alternative: r.alternative })
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: FairWordingFinding[] = []
  for (const finding of found) {
    const previous = kept[kept.length - 1]
    if (!previous || finding.start >= previous.end) kept.push(finding)
  }
  return kept
}

const INCLUSIVE_MARKER = /\((?:[mwdxf]\s*\/\s*){2}[mwdxf]\)|\((?:gn|all genders|alle Geschlechter|w\/m\/d)\)|[/*:_]-?in(?![\p{L}])|\/-?(?:frau|mann)|\/[\p{L}]+in(?![\p{L}])/iu

/**
 * A title names the job for everyone: "Elektroniker/in (m/w/d)". Without any marker it gets a note
 * that points, with no width, at the end of the title, where the marker belongs.
 */
export function checkTitle(title: string): FairWordingFinding[] {
  const findings = checkFairWording(title, 'title')
  if (!title.trim() || INCLUSIVE_MARKER.test(title)) return findings
  const end = title.trimEnd().length
  const note: FairWordingFinding = {
    rule: 'title-marker',
    category: 'gender',
    severity: 'note',
    field: 'title',
    start: end,
    end,
    text: '',
    alternative: `${title.trim()} (m/w/d)`,
  }
  return [...findings, note]
}

/** The findings of a whole listing: title first, then description. */
export function checkListingWording(listing: { title: string; description: string }): FairWordingFinding[] {
  return [...checkTitle(listing.title), ...checkFairWording(listing.description, 'description')]
}

/** Text cut into plain parts and findings, for rendering with <mark>. */
export function splitByFindings(text: string, findings: FairWordingFinding[]): Array<{ text: string; finding?: FairWordingFinding }> {
  const parts: Array<{ text: string; finding?: FairWordingFinding }> = []
  let at = 0
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at || finding.end === finding.start) continue
    if (finding.start > at) parts.push({ text: text.slice(at, finding.start) })
    parts.push({ text: text.slice(finding.start, finding.end), finding })
    at = finding.end
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}
