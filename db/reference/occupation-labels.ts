/**
 * Occupation names in the languages of the Harz's newcomers that ESCO does not carry: Ukrainian and
 * Turkish for every recognised training occupation and the common job occupations, Arabic where
 * ESCO lacks a fitting one (ESCO's Arabic labels name the linked ESCO occupations, never the German
 * training occupation itself). They live in db/reference/occupation-labels.csv:
 *
 *   slug,lang,label,source
 *   koch-koechin,uk,Кухар / кухарка,project
 *
 * `source` is `project` for names written and reviewed by Passgenau, `esco-v1.0` for a name taken
 * word for word from ESCO. The first row of an occupation and language is the name shown to people
 * reading that language; further rows are other words people use. Gender pairs are written
 * "masculine / feminine", as ESCO writes its Arabic labels; each half is searchable on its own.
 */
import { parseCsvRecords } from './csv'

export const OWN_LABEL_LANGUAGES = ['uk', 'tr', 'ar'] as const
export type OwnLabelLanguage = (typeof OWN_LABEL_LANGUAGES)[number]
export const LABEL_SOURCES = ['project', 'esco-v1.0'] as const
export type LabelSource = (typeof LABEL_SOURCES)[number]

export interface OwnLabel {
  slug: string
  lang: OwnLabelLanguage
  label: string
  source: LabelSource
}

/** slug → language → labels, the name to show first. */
export type OwnLabels = Map<string, Partial<Record<OwnLabelLanguage, string[]>>>

const isLanguage = (value: string): value is OwnLabelLanguage => (OWN_LABEL_LANGUAGES as readonly string[]).includes(value)
const isSource = (value: string): value is LabelSource => (LABEL_SOURCES as readonly string[]).includes(value)

/** Reads occupation-labels.csv; a row in an unknown language or source, or a blank or repeated label, is an error. */
export function parseOwnLabels(text: string): OwnLabel[] {
  const seen = new Set<string>()
  return parseCsvRecords(text).map((record, i) => {
    const where = `occupation-labels.csv row ${i + 2}`
    const slug = (record.slug ?? '').trim()
    const lang = (record.lang ?? '').trim()
    const label = (record.label ?? '').trim().replace(/\s+/g, ' ')
    const source = (record.source ?? '').trim()
    if (!slug || !label) throw new Error(`${where}: slug and label are required`)
    if (!isLanguage(lang)) throw new Error(`${where}: language ${lang} is not one of ${OWN_LABEL_LANGUAGES.join(', ')}`)
    if (!isSource(source)) throw new Error(`${where}: source ${source} is not one of ${LABEL_SOURCES.join(', ')}`)
    const key = `${slug}\n${lang}\n${label.toLocaleLowerCase()}`
    if (seen.has(key)) throw new Error(`${where}: ${slug} has the ${lang} label "${label}" twice`)
    seen.add(key)
    return { slug, lang, label, source }
  })
}

/** The labels by occupation, checked against the slugs the reference data holds. */
export function groupOwnLabels(labels: readonly OwnLabel[], knownSlugs: ReadonlySet<string>): OwnLabels {
  const grouped: OwnLabels = new Map()
  for (const { slug, lang, label } of labels) {
    if (!knownSlugs.has(slug)) throw new Error(`occupation-labels.csv names an occupation the reference data lacks: ${slug}`)
    const byLang = grouped.get(slug) ?? {}
    ;(byLang[lang] ??= []).push(label)
    grouped.set(slug, byLang)
  }
  return grouped
}
