const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** "Elektroniker/in (m/w/d) – Betriebstechnik" → "elektroniker-in-m-w-d-betriebstechnik". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, maxLength).replace(/-+$/, '')
}

/** The canonical address of a listing page; the id decides, the slug is for people and search engines. */
export function listingPath(id: number, title: string): string {
  const slug = slugify(title)
  return slug ? `/jobs/${id}-${slug}` : `/jobs/${id}`
}
