import { asc, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import { occupations } from '../../../db/schema'

/**
 * The occupation ids that an import's occupation cells name: an id as it is, otherwise the exact
 * name (neutral, masculine or feminine form, any case) or the code (slug), as the form's picker
 * takes an exact name. Among namesakes the recognised training occupation wins, as in the picker.
 * One query for the whole file; a text that names nothing is missing from the map.
 */
export async function resolveOccupationTexts(db: Database, texts: string[]): Promise<Map<string, string>> {
  const resolved = new Map<string, string>()
  const names = new Set<string>()
  for (const text of texts) {
    if (/^\d{1,9}$/.test(text)) resolved.set(text, text)
    else if (text) names.add(text.toLocaleLowerCase('de'))
  }
  if (names.size === 0) return resolved
  const wanted = [...names]
  const rows = await db
    .select({ id: occupations.id, name: occupations.name, masculine: occupations.nameMasculine, feminine: occupations.nameFeminine, slug: occupations.slug })
    .from(occupations)
    .where(
      or(
        inArray(sql`lower(${occupations.name})`, wanted),
        inArray(sql`lower(${occupations.nameMasculine})`, wanted),
        inArray(sql`lower(${occupations.nameFeminine})`, wanted),
        inArray(occupations.slug, wanted),
      ),
    )
    .orderBy(desc(eq(occupations.kind, 'training')), asc(occupations.id))
  const byText = new Map<string, string>()
  for (const row of rows) {
    for (const form of [row.name, row.masculine, row.feminine, row.slug]) {
      const key = form?.toLocaleLowerCase('de')
      if (key && names.has(key) && !byText.has(key)) byText.set(key, String(row.id))
    }
  }
  for (const text of texts) {
    const id = byText.get(text.toLocaleLowerCase('de'))
    if (id) resolved.set(text, id)
  }
  return resolved
}
