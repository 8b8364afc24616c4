import type { OccupationLexicon } from './lexicon'

/**
 * The KldB fields of occupations: their own, or for ESCO occupations (which have none) the fields of
 * the training occupations in the same ISCO group, the narrowest group that has any.
 */
export function fieldsOf(ids: readonly number[], lexicon: OccupationLexicon): Set<string> {
  const fields = new Set<string>()
  for (const id of ids) {
    const field = lexicon.fieldOf.get(id)
    if (field) {
      fields.add(field)
      continue
    }
    const isco = lexicon.iscoOf.get(id)
    for (let digits = 4; isco && digits >= 2; digits--) {
      const group = isco.slice(0, digits)
      const found = [...lexicon.iscoOf].filter(([other, code]) => code.startsWith(group) && lexicon.fieldOf.has(other)).map(([other]) => lexicon.fieldOf.get(other)!)
      if (found.length === 0) continue
      for (const code of found) fields.add(code)
      break
    }
  }
  return fields
}

/**
 * Occupations related to the named ones through the KldB hierarchy, nearest first: those of the
 * same level-2 field (Berufshauptgruppe), then those of the same level-1 area (Berufsbereich). ESCO
 * occupations, which carry no KldB field, are related by ISCO: the same unit group, then the same
 * sub-major group ("Erzieher/in" 5311 → "Pflegehelfer/in" 5321). The named occupations are left out.
 */
export function relatedOccupations(ids: readonly number[], lexicon: OccupationLexicon): { sameField: number[]; sameArea: number[] } {
  const fields = fieldsOf(ids, lexicon)
  const areas = new Set([...fields].map((code) => code.slice(0, 1)))
  const named = new Set(ids)
  const iscos = ids.map((id) => lexicon.iscoOf.get(id)).filter((code): code is string => !!code)
  const sameField: number[] = []
  const sameArea: number[] = []
  for (const [id, kind] of lexicon.kindOf) {
    if (named.has(id)) continue
    const field = lexicon.fieldOf.get(id)
    const isco = lexicon.iscoOf.get(id)
    if (field) {
      if (fields.has(field)) sameField.push(id)
      else if (areas.has(field.slice(0, 1))) sameArea.push(id)
    } else if (kind === 'esco' && isco) {
      if (iscos.includes(isco)) sameField.push(id)
      else if (iscos.some((code) => code.slice(0, 2) === isco.slice(0, 2))) sameArea.push(id)
    }
  }
  return { sameField, sameArea }
}
