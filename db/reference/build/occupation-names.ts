// Splits a name into words and the separators between them; hyphens separate too, so that
// "Produktgestalter-Textil" can become "Produktgestalter/in-Textil".
function tokenize(name: string): string[] {
  return name.split(/(\s+|-)/)
}

const PUNCTUATION = /^([("„]*)(.*?)([)",.;:]*)$/

function commonPrefixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** One word in masculine and feminine form, written the compact way German job ads do. */
function mergeWord(masculine: string, feminine: string): string {
  if (masculine === feminine) return masculine
  const [, openM, coreM, closeM] = PUNCTUATION.exec(masculine)!
  const [, , coreF] = PUNCTUATION.exec(feminine)!
  const prefix = commonPrefixLength(coreM, coreF)
  const restM = coreM.slice(prefix)
  const restF = coreF.slice(prefix)
  let merged: string
  if (restM === '') merged = `${coreM}/${restF}` // Elektroniker/in
  else if (restF === '') merged = `${coreF}/${restM}` // Technische/r, Fachangestellte/r
  else if (restM === 'mann' && restF === 'frau') merged = `${coreM}/-frau` // Kaufmann/-frau
  else if (restM === 'e' && restF === 'in') merged = `${coreM}/-in` // Mikrotechnologe/-in
  else merged = `${coreM}/${coreF}` // Koch/Köchin
  return `${openM}${merged}${closeM}`
}

// Two ordinances regulate "Elektroniker für Maschinen und Antriebstechnik", one under each law;
// the short suffix keeps the two apart without the legal wording.
const LEGAL_BASIS_SUFFIXES: [RegExp, string][] = [
  [/ nach dem Berufsbildungsgesetz$/, ' (Industrie)'],
  [/ nach der Handwerksordnung$/, ' (Handwerk)'],
]

/**
 * The gender-inclusive display name of a training occupation from its masculine and feminine
 * names: "Kaufmann für Büromanagement" + "Kauffrau für Büromanagement" → "Kaufmann/-frau für
 * Büromanagement". Names without a feminine form are either neutral already ("Fachkraft für
 * Lagerlogistik") or old ordinances naming only the man ("Asphaltbauer" → "Asphaltbauer/in").
 */
export function neutralOccupationName(masculine: string, feminine: string | undefined): string {
  let name: string
  const wordsM = tokenize(masculine)
  const wordsF = feminine ? tokenize(feminine) : []
  if (feminine && wordsM.length === wordsF.length) {
    name = wordsM.map((word, i) => mergeWord(word, wordsF[i])).join('')
  } else if (!feminine && /^[A-ZÄÖÜ][a-zäöüß]+er$/.test(masculine)) {
    name = `${masculine}/in`
  } else {
    name = feminine ? `${masculine}/${feminine}` : masculine
  }
  for (const [pattern, replacement] of LEGAL_BASIS_SUFFIXES) name = name.replace(pattern, replacement)
  return name
}

/** URL slug with German transliteration: "Elektroniker/in für Betriebstechnik" → "elektroniker-in-fuer-betriebstechnik". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const STOP_WORDS = new Set(['für', 'fuer', 'im', 'in', 'der', 'dem', 'des', 'die', 'das', 'und', 'u', 'nach', 'mit'])

/**
 * A comparable form of an occupation name across the sources: lower case, "Kfz" spelled out,
 * gender suffixes ("/in", "/-frau", "/r", "(r)") and small words dropped, hyphens as spaces.
 * "Kfz-Mechatroniker/in" and "Kraftfahrzeugmechatroniker" meet at "kraftfahrzeugmechatroniker".
 */
export function matchKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ nach dem berufsbildungsgesetz$/, ' bbig')
    .replace(/ nach der handwerksordnung$/, ' hwo')
    .replace(/\bkfz\b-?\s*/g, 'kraftfahrzeug')
    // "Bootsbauer/in (ohne Fachrichtungen)" is the occupation as a whole.
    .replace(/\((ohne|o\.) [^)]*\)/g, '')
    // "Koch/Köchin", "Zimmerer/Zimmerin": the second word is the feminine form of the first.
    .replace(/([\p{L}]+)\/([\p{L}]+)/gu, (pair, first: string, second: string) =>
      first[0] === second[0] && second.length > 2 ? first : pair,
    )
    // The masculine form is what the alternatives reduce to: "Technische/r" → "technischer",
    // "Verfahrenstechnolog(e/in)" → "verfahrenstechnologe", "Medientechnologe/-technologin" → "medientechnologe".
    .replace(/\((e|er)\/in\)/g, '$1')
    .replace(/\/-[\p{L}]+/gu, '')
    .replace(/\/(in|innen)\b/g, '')
    .replace(/\/r\b|\(r\)/g, 'r')
    .replace(/kauffrau/g, 'kaufmann')
    .replace(/[-–/(),.:]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !STOP_WORDS.has(word))
    .join(' ')
}
