import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsvRecords } from './csv'
import { buildOccupationRows } from './load'
import { groupOwnLabels, OWN_LABEL_LANGUAGES, parseOwnLabels } from './occupation-labels'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const shipped = read('./occupation-labels.csv')
const texts = { 'training-occupations.csv': read('../reference-data/training-occupations.csv'), 'esco-occupations.csv': read('../reference-data/esco-occupations.csv') }
const training = parseCsvRecords(texts['training-occupations.csv'])
const esco = parseCsvRecords(texts['esco-occupations.csv'])

describe('parseOwnLabels', () => {
  it('reads slug, language, label and source, with white space tidied', () => {
    expect(parseOwnLabels('slug,lang,label,source\nkoch-koechin,uk," Кухар  /  кухарка ",project\nbaecker-in,ar,خباز / خبازة,esco-v1.0\n')).toEqual([
      { slug: 'koch-koechin', lang: 'uk', label: 'Кухар / кухарка', source: 'project' },
      { slug: 'baecker-in', lang: 'ar', label: 'خباز / خبازة', source: 'esco-v1.0' },
    ])
  })

  it('refuses an unknown language or source, a blank label and a label given twice', () => {
    expect(() => parseOwnLabels('slug,lang,label,source\nkoch-koechin,ru,повар,project\n')).toThrow(/language ru/)
    expect(() => parseOwnLabels('slug,lang,label,source\nkoch-koechin,uk,кухар,wikipedia\n')).toThrow(/source wikipedia/)
    expect(() => parseOwnLabels('slug,lang,label,source\nkoch-koechin,uk, ,project\n')).toThrow(/required/)
    expect(() => parseOwnLabels('slug,lang,label,source\nkoch-koechin,uk,кухар,project\nkoch-koechin,uk,Кухар,project\n')).toThrow(/twice/)
  })

  it('refuses a slug the reference data lacks', () => {
    expect(() => groupOwnLabels(parseOwnLabels('slug,lang,label,source\nkoch,uk,кухар,project\n'), new Set(['koch-koechin']))).toThrow(/lacks: koch/)
  })
})

describe('the shipped occupation names', () => {
  const labels = parseOwnLabels(shipped)
  const grouped = groupOwnLabels(labels, new Set([...training, ...esco].map((record) => record.slug)))

  it('name every recognised training occupation in Ukrainian, Turkish and Arabic', () => {
    const missing = training.flatMap((record) => OWN_LABEL_LANGUAGES.filter((lang) => !grouped.get(record.slug)?.[lang]?.length).map((lang) => `${record.slug} ${lang}`))
    expect(missing).toEqual([])
  })

  it('give every ESCO occupation without an Arabic label one of its own', () => {
    const missing = esco.filter((record) => !record.ar && !grouped.get(record.slug)?.ar?.length).map((record) => record.slug)
    expect(missing).toEqual([])
  })

  it('name the ESCO occupations the demo listings use in Ukrainian and Turkish', () => {
    for (const slug of ['gesundheits-und-krankenpfleger-krankenschwester', 'pflegehelfer-in']) {
      expect(grouped.get(slug)?.uk?.length, slug).toBeGreaterThan(0)
      expect(grouped.get(slug)?.tr?.length, slug).toBeGreaterThan(0)
    }
  })

  it('are written in the script of their language', () => {
    const script = { uk: /^[\p{Script=Cyrillic}\p{M}\s'’/(),.-]+$/u, ar: /^[\p{Script=Arabic}\p{M}\s/(),-]+$/u, tr: /^[\p{Script=Latin}\p{M}\s/(),.-]+$/u }
    const wrong = labels.filter(({ lang, label }) => !script[lang].test(label.replace(/\b(IT|ІТ|BT|CNC|3D|DevOps)\b/g, '')))
    expect(wrong).toEqual([])
  })

  it('record where each name comes from, so the ones Passgenau wrote can be found', () => {
    const sources = new Set(labels.map((label) => label.source))
    expect([...sources].sort()).toEqual(['esco-v1.0', 'project'])
    // A name marked as ESCO's is one of the ESCO labels the occupation is linked to, word for word.
    const escoByUri = new Map(esco.map((record) => [record.uri, record]))
    for (const label of labels.filter((l) => l.source === 'esco-v1.0')) {
      const record = training.find((r) => r.slug === label.slug)!
      const linked = record.esco_uris.split(' ').map((uri) => escoByUri.get(uri)?.ar)
      expect(linked, label.label).toContain(label.label)
    }
  })
})

describe('buildOccupationRows', () => {
  const rows = new Map(buildOccupationRows(texts, shipped).map((row) => [row.slug, row]))

  it('puts the own name first, then each gender form on its own, then the linked ESCO labels', () => {
    const koch = rows.get('koch-koechin')!
    expect(koch.labels.uk).toEqual(['Кухар / кухарка', 'Кухар', 'кухарка'])
    expect(koch.labels.tr).toEqual(['Aşçı'])
    expect(koch.labels.ar.slice(0, 3)).toEqual(['طباخ / طباخة', 'طباخ', 'طباخة'])
    expect(koch.labels.ar.length).toBeGreaterThan(4)
    expect(koch.labels.en).toContain('cook')
  })

  it('adds Arabic to the ESCO occupations ESCO left without, and keeps ESCO first where it has one', () => {
    expect(rows.get('webdesigner-in')!.labels.ar[0]).toBe('مصمم مواقع إلكترونية / مصممة مواقع إلكترونية')
    const helper = rows.get('pflegehelfer-in')!
    expect(helper.labels.ar[0]).toBe('مساعد العناية الصحية / مساعدة العناية الصحية')
    expect(helper.labels.uk[0]).toBe('Помічник з догляду / помічниця з догляду')
  })
})
