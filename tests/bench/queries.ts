/** One search of the benchmark mix: the query string /jobs and /api/v1/listings both take. */
export interface BenchQuery {
  kind: 'text' | 'cold' | 'language' | 'typo' | 'radius' | 'filter' | 'facets' | 'sort' | 'page' | 'empty'
  query: string
}

type Pairs = Array<[string, string | number]>

/** The first of the month `ahead` months after `now`, as YYYY-MM: a start filter that stays meaningful. */
function monthAhead(now: Date, ahead: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1))
  return d.toISOString().slice(0, 7)
}

/**
 * The fixed mix: words of the demo's occupations, words nobody uses (each is a first sight for
 * Meilisearch's caches), English and Arabic labels, typos, radius searches around towns in all six
 * districts and three states, filters, several chosen facet groups (one disjunctive query each),
 * every sort, deep pages, and searches with no hits (which also count the ways out).
 */
export function benchQueries(now: Date): BenchQuery[] {
  const q = (kind: BenchQuery['kind'], ...pairs: Pairs): BenchQuery => ({
    kind,
    query: new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString(),
  })
  return [
    q('text', ['q', 'Mechatroniker']),
    q('text', ['q', 'Elektroniker']),
    q('text', ['q', 'Industriemechaniker']),
    q('text', ['q', 'Koch']),
    q('text', ['q', 'Pflege']),
    q('text', ['q', 'Kaufmann Büromanagement']),
    q('text', ['q', 'Fachkraft für Lagerlogistik']),
    q('text', ['q', 'Tischler']),
    q('text', ['q', 'Bäcker']),
    q('text', ['q', 'Friseur']),
    q('text', ['q', 'Berufskraftfahrer']),
    q('text', ['q', 'Chemikant']),
    q('text', ['q', 'Hotelfachmann']),
    q('text', ['q', 'Anlagenmechaniker Sanitär Heizung']),
    q('cold', ['q', 'Werkstoffprüfer']),
    q('cold', ['q', 'Florist']),
    q('cold', ['q', 'Kosmetiker']),
    q('cold', ['q', 'Schornsteinfeger']),
    q('cold', ['q', 'Orgelbauer']),
    q('language', ['q', 'electrician']),
    q('language', ['q', 'كهربائي']),
    q('language', ['q', 'cook']),
    q('language', ['q', 'طاهي']),
    q('language', ['q', 'hairdresser']),
    q('language', ['q', 'baker']),
    q('language', ['q', 'Kfz Mechatroniker']),
    q('language', ['q', 'KFZ-Mechatroniker']),
    q('language', ['q', 'Kraftfahrzeugmechatroniker']),
    q('typo', ['q', 'Mechatronker']),
    q('typo', ['q', 'Elektronicker']),
    q('typo', ['q', 'Baecker']),
    q('typo', ['q', 'Industriemechanikr']),
    q('typo', ['q', 'Zerspanungsmechanicker']),
    q('radius', ['where', 'Goslar']),
    q('radius', ['where', 'Wernigerode'], ['radius', 10]),
    q('radius', ['where', 'Nordhausen'], ['radius', 50]),
    q('radius', ['where', '38640'], ['radius', 5]),
    q('radius', ['q', 'Mechatroniker'], ['where', 'Halberstadt'], ['radius', 25]),
    q('radius', ['where', 'Sangerhausen'], ['radius', 100], ['sort', 'distance']),
    q('radius', ['q', 'Koch'], ['where', 'Osterode am Harz'], ['sort', 'distance']),
    q('radius', ['where', 'Quedlinburg'], ['radius', 10], ['type', 'ausbildung']),
    q('radius', ['q', 'Pflege'], ['where', 'Sondershausen'], ['radius', 25]),
    q('radius', ['where', 'Clausthal-Zellerfeld'], ['radius', 5]),
    q('radius', ['where', 'Bad Harzburg'], ['type', 'job'], ['sort', 'salary']),
    q('filter', ['type', 'ausbildung']),
    q('filter', ['type', 'job'], ['time', 'teilzeit']),
    q('filter', ['type', 'ausbildung'], ['type', 'duales-studium'], ['cert', 'mittlere-reife']),
    q('filter', ['field', 25]),
    q('filter', ['german', 'A2'], ['refugees', 1]),
    q('filter', ['salary', 2500], ['type', 'job'], ['sort', 'salary']),
    q('filter', ['benefit', 'shuttle'], ['benefit', 'housing']),
    q('filter', ['verified', 1], ['since', 7], ['sort', 'newest']),
    q('filter', ['start', monthAhead(now, 2)], ['type', 'ausbildung'], ['sort', 'start']),
    q('facets', ['district', 'Landkreis Goslar'], ['district', 'Landkreis Harz'], ['type', 'ausbildung']),
    q('facets', ['state', 'Thüringen'], ['time', 'schicht']),
    q('facets', ['q', 'Elektroniker'], ['type', 'ausbildung'], ['field', 26], ['where', 'Goslar'], ['radius', 50]),
    q('facets', ['q', 'Koch'], ['benefit', 'housing'], ['time', 'vollzeit'], ['time', 'teilzeit'], ['state', 'Niedersachsen']),
    q('facets', ['type', 'job'], ['field', 25], ['field', 26], ['time', 'schicht'], ['district', 'Landkreis Harz'], ['benefit', 'shuttle']),
    q('sort'),
    q('sort', ['sort', 'newest']),
    q('sort', ['q', 'Industriekaufmann'], ['sort', 'newest']),
    q('sort', ['sort', 'start'], ['size', 100]),
    q('page', ['sort', 'newest'], ['page', 2]),
    q('page', ['q', 'Mechatroniker'], ['page', 3]),
    q('page', ['type', 'job'], ['page', 50]),
    q('page', ['page', 400]),
    q('empty', ['q', 'Astronaut'], ['type', 'ausbildung'], ['verified', 1], ['where', 'Ellrich'], ['radius', 5]),
    q('empty', ['q', 'Glasbläser'], ['where', 'Goslar']),
  ]
}
