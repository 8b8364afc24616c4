/**
 * Attributes for content written in German (listings, company texts, occupation names) shown inside
 * an interface in another language, so screen readers switch their voice (WCAG 3.1.2). `dir` keeps
 * German text left-to-right inside a right-to-left page. Nothing is added in a German interface.
 */
export function germanContent(lang: string): { lang?: 'de'; dir?: 'ltr' } {
  return lang === 'de' ? {} : { lang: 'de', dir: 'ltr' }
}
