/**
 * Invented surnames for the demo companies: plant, bird and mining words of the Harz glued to
 * place-name endings, so none of them names a real business. Every company name also ends in
 * "(Demo)" and links to example.org, so nobody mistakes a demo listing for a real vacancy.
 */
export const INVENTED_SURNAMES = [
  'Quendelberg', 'Ginsterkamp', 'Mistelrode', 'Wachtelbrink', 'Schlehenhorst', 'Kieselhain', 'Holunderbrück',
  'Farnwedel', 'Moosgrund', 'Quarzfeld', 'Glimmerbach', 'Tuffhagen', 'Mergelkamp', 'Torfbrink', 'Kranichsaum',
  'Eulenbrink', 'Sperlingsgrund', 'Drosselhain', 'Finkenried', 'Haselbrink', 'Erlenkamm', 'Lärchenbühl',
  'Ulmenbrink', 'Birkenquell', 'Eschenrode', 'Wieselkamp', 'Dachsholz', 'Marderbrink', 'Amselgrund',
  'Schieferbrück', 'Quittenhain', 'Wacholderkamp', 'Heidelbrink', 'Zwieselbrink', 'Tannzapf', 'Käuzchenrode',
  'Klippenwart', 'Grauwackner', 'Kiefernbrück', 'Nebelhorst', 'Wolkenbrink', 'Fuchsenkamm', 'Hirschwedel',
  'Auerbrink', 'Moorquell', 'Quellmoos', 'Silberwedel', 'Sturmhagen', 'Lindenquast', 'Blaubeerkamp',
  'Preiselbrink', 'Rabenquell', 'Spechtbühl', 'Luchsbrink', 'Wildkatzrode', 'Bodewiesel', 'Granithagen',
  'Krokuskamp', 'Arnikabrück', 'Enzianbrink', 'Steinkauzrode', 'Zinnwedel', 'Kupferquendel', 'Erzbrink',
  'Stollenkamp', 'Haldenquell', 'Klöppelhorst', 'Ständerbrink', 'Brombeerhain', 'Vogelbeerrode', 'Ampferkamp',
  'Thymianbrück', 'Salbeihorst', 'Kerbelried', 'Dillenbrink', 'Kümmelrode', 'Fenchelkamp', 'Borretschhain',
  'Liebstöckner', 'Waldmeisterkamp', 'Pimpinellhorst', 'Schafgarbrink', 'Beifußhagen', 'Wermutsbrück',
  'Rainfarnkamp', 'Kamillenried', 'Mädesüßkamp', 'Baldrianbrink', 'Huflattichrode', 'Löwenzahnkamp',
] as const

export const CONTACT_FIRST_NAMES = [
  'Anja', 'Birgit', 'Carsten', 'Daniela', 'Elif', 'Frank', 'Gesine', 'Hannes', 'Ines', 'Jörg', 'Katrin', 'Lars',
  'Mareike', 'Nils', 'Olga', 'Peter', 'Rania', 'Sven', 'Tanja', 'Uwe', 'Vanessa', 'Wiebke', 'Yusuf', 'Zofia',
] as const

export const DEMO_NAME_SUFFIX = ' (Demo)'
export const DEMO_SLUG_PREFIX = 'demo-'

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** URL- and host-safe form of a German name: "Lärchenbühl & Co." → "laerchenbuehl-co". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
