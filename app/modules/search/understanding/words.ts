import type { OfferType, WorkingTime } from '../../../../values/listings'

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/**
 * A word as the query understanding compares it: lower case, umlauts written out, other marks
 * dropped ("Bäcker" = "Baecker", "Köchin" = "Koechin", "اَلطّباخ" = "الطباخ", "й" = "и", "ı" = "i").
 */
export function foldWord(word: string): string {
  return word
    .toLocaleLowerCase('de')
    .replace(/[äöüß]/g, (c) => FOLD[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ى/g, 'ي')
}

/** The folded words of a text; everything that is not a letter or digit separates. */
export function foldedWords(text: string): string[] {
  return foldWord(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** Words that join the parts of an occupation's name; "Kaufmann im Einzelhandel" = "Kaufmann Einzelhandel". */
export const JOINING_WORDS: ReadonlySet<string> = new Set(
  ['im', 'in', 'fuer', 'der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'zur', 'zum', 'am', 'an', 'und', 'u', 'mit', 'of', 'for', 'the', 'and', 'in', 'de', 'la', 'le', 'du', 'del', 'y', 'et', 'en'],
)

/** The words that carry meaning, and their key: "Kfz-Mechatroniker" and "KFZ Mechatroniker" both give "kfzmechatroniker". */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((word) => !JOINING_WORDS.has(word))
}

export const keyOf = (words: readonly string[]): string => contentWords(words).join('')

/**
 * Words of a job search that name no occupation, place or filter and would only narrow the text
 * match to listings that happen to repeat them ("Koch gesucht ab sofort", "Stelle als Koch (m/w/d)").
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  [
    'job', 'jobs', 'stelle', 'stellen', 'stellenangebot', 'stellenangebote', 'stellenanzeige', 'angebot', 'angebote',
    'arbeit', 'arbeiten', 'arbeitsplatz', 'suche', 'suchen', 'gesucht', 'sucht', 'als', 'ab', 'sofort', 'mwd', 'mwdiv',
    'bei', 'um', 'nahe', 'naehe', 'near', 'around', 'harz', 'region', 'platz', 'plaetze', 'freie', 'offene', 'neue',
    'work', 'vacancy', 'vacancies', 'position', 'as', 'a', 'an',
    'робота', 'работа', 'вакансія', 'вакансии', 'вакансії', 'вакансия', 'посада', 'должность',
    'is', 'isi', 'ilan', 'ilani', 'ilanlari', 'eleman', 'araniyor', 'olarak',
    'عمل', 'وظيفة', 'وظائف', 'شغل',
    ...JOINING_WORDS,
  ].map(foldWord),
)

/** Words before a place: "in Goslar", "bei Nordhausen", "um 38640". */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'bei', 'um', 'nahe', 'naehe', 'near', 'around', 'aus', 'nach', 'в', 'у', 'біля', 'около', 'возле', 'yakininda', 'في', 'قرب'].map(foldWord))

/** Offer-type words, as phrases of folded words, with the offer types they mean. */
export const OFFER_TYPE_WORDS: ReadonlyArray<[string, OfferType[]]> = [
  ['ausbildung', ['ausbildung']],
  ['ausbildungen', ['ausbildung']],
  ['ausbildungsplatz', ['ausbildung']],
  ['ausbildungsplaetze', ['ausbildung']],
  ['ausbildungsstelle', ['ausbildung']],
  ['ausbildungsstellen', ['ausbildung']],
  ['berufsausbildung', ['ausbildung']],
  ['azubi', ['ausbildung']],
  ['azubis', ['ausbildung']],
  ['auszubildende', ['ausbildung']],
  ['auszubildender', ['ausbildung']],
  ['auszubildenden', ['ausbildung']],
  ['lehre', ['ausbildung']],
  ['lehrstelle', ['ausbildung']],
  ['lehrstellen', ['ausbildung']],
  ['lehrling', ['ausbildung']],
  ['lehrlinge', ['ausbildung']],
  ['apprenticeship', ['ausbildung']],
  ['apprentice', ['ausbildung']],
  ['vocational training', ['ausbildung']],
  ['навчання', ['ausbildung']],
  ['обучение', ['ausbildung']],
  ['учень', ['ausbildung']],
  ['ciraklik', ['ausbildung']],
  ['mesleki egitim', ['ausbildung']],
  ['تدريب مهني', ['ausbildung']],
  ['praktikum', ['praktikum']],
  ['praktika', ['praktikum']],
  ['praktikumsplatz', ['praktikum']],
  ['praktikumsstelle', ['praktikum']],
  ['schuelerpraktikum', ['praktikum']],
  ['praktikant', ['praktikum']],
  ['praktikantin', ['praktikum']],
  ['internship', ['praktikum']],
  ['intern', ['praktikum']],
  ['стажування', ['praktikum']],
  ['стажировка', ['praktikum']],
  ['staj', ['praktikum']],
  ['stajyer', ['praktikum']],
  ['تدريب', ['praktikum']],
  ['duales studium', ['duales-studium']],
  ['dualer studiengang', ['duales-studium']],
  ['dual studieren', ['duales-studium']],
  ['studium', ['duales-studium']],
  ['dual study', ['duales-studium']],
  ['einstiegsqualifizierung', ['eq']],
  ['eq', ['eq']],
  ['festanstellung', ['job']],
]

/** Working-time words with the working times they mean; an "Aushilfe" works part-time or as a mini-job. */
export const WORKING_TIME_WORDS: ReadonlyArray<[string, WorkingTime[]]> = [
  ['teilzeit', ['teilzeit']],
  ['teilzeitstelle', ['teilzeit']],
  ['teilzeitjob', ['teilzeit']],
  ['part time', ['teilzeit']],
  ['parttime', ['teilzeit']],
  ['неповний день', ['teilzeit']],
  ['yari zamanli', ['teilzeit']],
  ['vollzeit', ['vollzeit']],
  ['vollzeitstelle', ['vollzeit']],
  ['full time', ['vollzeit']],
  ['fulltime', ['vollzeit']],
  ['tam zamanli', ['vollzeit']],
  ['minijob', ['minijob']],
  ['minijobs', ['minijob']],
  ['minijobber', ['minijob']],
  ['geringfuegig', ['minijob']],
  ['geringfuegige beschaeftigung', ['minijob']],
  ['aushilfe', ['minijob', 'teilzeit']],
  ['aushilfen', ['minijob', 'teilzeit']],
  ['aushilfsjob', ['minijob', 'teilzeit']],
  ['aushilfskraft', ['minijob', 'teilzeit']],
  ['nebenjob', ['minijob', 'teilzeit']],
  ['schicht', ['schicht']],
  ['schichtarbeit', ['schicht']],
  ['schichtdienst', ['schicht']],
  ['wechselschicht', ['schicht']],
]
