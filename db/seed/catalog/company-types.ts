import type { Benefit, OfferType } from '../../../values/listings'
import type { SECTORS, SIZE_BANDS } from '../../../values/organizations'

type Sector = (typeof SECTORS)[number]
type SizeBand = (typeof SIZE_BANDS)[number]

export interface StudyProgramme {
  programme: string
  /** The training occupation the dual programme is paired with. */
  occupation: string
}

/** One kind of demo business: how it is named, how big it tends to be, what it offers. */
export interface CompanyType {
  key: string
  sector: Sector
  /** How many companies of this type the demo has (all types sum to 80). */
  count: number
  /** `{n}` is an invented surname, `{p}` the place name. */
  names: readonly string[]
  sizes: Partial<Record<SizeBand, number>>
  /** Masculine training-occupation names (or ESCO label starts with `esco:`), first = most common. */
  occupations: readonly string[]
  offers: Partial<Record<OfferType, number>>
  studies?: readonly StudyProgramme[]
  /** Chance that a listing of this type offers the benefit. */
  benefits: Partial<Record<Benefit, number>>
  /** A phrase completing "Wir …" in the company description. */
  activities: readonly string[]
  /** Share of job listings that are not full-time. */
  partTime?: number
  shifts?: boolean
  needsLicence?: boolean
}

const CRAFT_OFFERS = { ausbildung: 56, job: 26, praktikum: 12, eq: 6 }
const CRAFT_SIZES = { '1-9': 5, '10-49': 4, '50-249': 1 }
const CRAFT_BENEFITS = { deutschlandticket: 0.3, licence: 0.35 }

export const COMPANY_TYPES: readonly CompanyType[] = [
  {
    key: 'automotive', sector: 'automotive', count: 8,
    names: ['{n} Automotive GmbH', '{n} Fahrzeugtechnik GmbH', '{n} Präzisionsteile GmbH & Co. KG', '{n} Systems GmbH'],
    sizes: { '50-249': 3, '250+': 2 },
    occupations: ['Mechatroniker', 'Industriemechaniker', 'Zerspanungsmechaniker', 'Elektroniker für Automatisierungstechnik', 'Maschinen- und Anlagenführer', 'Werkzeugmechaniker', 'Kunststoff- und Kautschuktechnologe', 'Fachkraft für Lagerlogistik', 'Fahrzeuginterieur-Mechaniker', 'Industriekaufmann'],
    offers: { ausbildung: 48, job: 28, praktikum: 10, 'duales-studium': 12, eq: 2 },
    studies: [
      { programme: 'Maschinenbau (B.Eng.)', occupation: 'Industriemechaniker' },
      { programme: 'Elektrotechnik (B.Eng.)', occupation: 'Elektroniker für Automatisierungstechnik' },
      { programme: 'Betriebswirtschaftslehre (B.A.)', occupation: 'Industriekaufmann' },
    ],
    benefits: { shuttle: 0.6, deutschlandticket: 0.5, relocation: 0.15 },
    activities: ['fertigen Komponenten für Fahrwerk, Antrieb und Innenraum für namhafte Fahrzeughersteller', 'liefern Präzisionsteile und Baugruppen an die Automobilindustrie in ganz Europa', 'entwickeln und produzieren Kunststoff- und Metallteile für die E-Mobilität'],
    shifts: true,
  },
  {
    key: 'elektro', sector: 'crafts', count: 4, names: ['Elektro {n} GmbH', 'Elektrotechnik {n}', '{n} Elektro & Solar GmbH'],
    sizes: CRAFT_SIZES, occupations: ['Elektroniker', 'Elektroniker für Gebäudesystemintegration', 'Informationselektroniker', 'Kaufmann für Büromanagement'],
    offers: CRAFT_OFFERS, benefits: { ...CRAFT_BENEFITS, licence: 0.4 },
    activities: ['planen und installieren Elektrotechnik, Photovoltaik und Ladestationen für Privat- und Gewerbekunden', 'sorgen seit Jahrzehnten für sichere Elektroinstallationen in der Region'],
    needsLicence: true,
  },
  {
    key: 'shk', sector: 'crafts', count: 4, names: ['{n} Haustechnik GmbH', 'Heizung & Sanitär {n}', '{n} Bad & Wärme GmbH'],
    sizes: CRAFT_SIZES, occupations: ['Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik', 'Klempner', 'Mechatroniker für Kältetechnik', 'Ofen- und Luftheizungsbauer'],
    offers: CRAFT_OFFERS, benefits: { ...CRAFT_BENEFITS, licence: 0.45 },
    activities: ['bauen Bäder, Heizungen und Wärmepumpen ein und sind bei Störungen schnell vor Ort', 'modernisieren Heizungsanlagen und machen Häuser fit für erneuerbare Energien'],
    needsLicence: true,
  },
  {
    key: 'tischlerei', sector: 'crafts', count: 3, names: ['Tischlerei {n}', '{n} Holzwerkstatt GmbH', 'Möbelwerkstätten {n}'],
    sizes: CRAFT_SIZES, occupations: ['Tischler', 'Holzmechaniker', 'Bodenleger', 'Raumausstatter'],
    offers: CRAFT_OFFERS, benefits: CRAFT_BENEFITS,
    activities: ['fertigen Möbel, Küchen und Innenausbau nach Maß aus heimischen Hölzern', 'bauen Fenster, Türen und Treppen für Alt- und Neubauten'],
  },
  {
    key: 'baeckerei', sector: 'crafts', count: 3, names: ['Bäckerei {n}', 'Landbäckerei {n} GmbH', 'Bäckerei & Konditorei {n}'],
    sizes: { '10-49': 3, '50-249': 2 }, occupations: ['Bäcker', 'Fachverkäufer im Lebensmittelhandwerk', 'Konditor', 'Verkäufer'],
    offers: { ausbildung: 55, job: 28, praktikum: 9, eq: 8 }, benefits: { deutschlandticket: 0.3 },
    activities: ['backen mit regionalem Getreide und betreiben mehrere Filialen im Harz', 'stehen für Brot nach Familienrezept, Harzer Blechkuchen und echte Handarbeit'],
    partTime: 0.4,
  },
  {
    key: 'friseur', sector: 'crafts', count: 3, names: ['Friseursalon {n}', 'Haarwerk {n}', 'Salon {n} – Haar & Kosmetik'],
    sizes: { '1-9': 4, '10-49': 2 }, occupations: ['Friseur', 'Kosmetiker'],
    offers: { ausbildung: 60, job: 26, praktikum: 14 }, benefits: { deutschlandticket: 0.3 },
    activities: ['schneiden, färben und beraten in modernen Salons', 'verbinden klassisches Friseurhandwerk mit Kosmetik und Wellness'],
    partTime: 0.4,
  },
  {
    key: 'kfz', sector: 'crafts', count: 3, names: ['Autohaus {n} GmbH', 'Kfz-Meisterbetrieb {n}', '{n} Autoservice GmbH'],
    sizes: { '10-49': 4, '50-249': 1 }, occupations: ['Kraftfahrzeugmechatroniker', 'Karosserie- und Fahrzeugbaumechaniker', 'Fahrzeuglackierer', 'Automobilkaufmann', 'Mechaniker für Reifen- und Vulkanisationstechnik'],
    offers: CRAFT_OFFERS, benefits: CRAFT_BENEFITS,
    activities: ['warten und reparieren Fahrzeuge aller Marken, vom Kleinwagen bis zum Transporter', 'sind Meisterwerkstatt mit Karosserie, Lackierung und Reifenservice unter einem Dach'],
  },
  {
    key: 'dachdecker', sector: 'crafts', count: 3, names: ['Dachdeckerei {n}', '{n} Bedachungen GmbH', 'Dach & Holzbau {n}'],
    sizes: CRAFT_SIZES, occupations: ['Dachdecker', 'Zimmerer', 'Klempner'],
    offers: CRAFT_OFFERS, benefits: { ...CRAFT_BENEFITS, licence: 0.5 },
    activities: ['decken Dächer mit Schiefer, Ziegel und Metall, wie es im Harz Tradition ist', 'bauen Dächer, Gauben und Holzkonstruktionen und montieren Solaranlagen'],
    needsLicence: true,
  },
  {
    key: 'maler', sector: 'crafts', count: 2, names: ['Malerbetrieb {n}', '{n} Farbe & Raum GmbH'],
    sizes: CRAFT_SIZES, occupations: ['Maler und Lackierer', 'Stuckateur', 'Trockenbaumonteur'],
    offers: CRAFT_OFFERS, benefits: CRAFT_BENEFITS,
    activities: ['gestalten Wohnräume, Fassaden und Fachwerkhäuser', 'übernehmen Malerarbeiten, Wärmedämmung und Trockenbau'],
  },
  {
    key: 'chemie', sector: 'chemistry', count: 5, names: ['{n} Chemie GmbH', '{n} Spezialchemie AG', '{n} Pharma GmbH'],
    sizes: { '50-249': 3, '250+': 2 },
    occupations: ['Chemikant', 'Chemielaborant', 'Produktionsfachkraft Chemie', 'Pharmakant', 'Elektroniker für Betriebstechnik', 'Industriemechaniker', 'Lacklaborant', 'Fachkraft für Lagerlogistik', 'Industriekaufmann'],
    offers: { ausbildung: 50, job: 26, praktikum: 10, 'duales-studium': 12, eq: 2 },
    studies: [
      { programme: 'Chemieingenieurwesen (B.Eng.)', occupation: 'Chemikant' },
      { programme: 'Angewandte Chemie (B.Sc.)', occupation: 'Chemielaborant' },
    ],
    benefits: { deutschlandticket: 0.7, relocation: 0.3, shuttle: 0.2 },
    activities: ['stellen Spezialchemikalien und Metallverbindungen für Industrie und Batterietechnik her', 'produzieren Wirkstoffe und Beschichtungen nach höchsten Qualitätsstandards'],
    shifts: true,
  },
  {
    key: 'hotel', sector: 'tourism', count: 8, names: ['Hotel {n}', '{n} Berghotel & Gasthof', 'Landhotel {n}', 'Waldhotel {n}'],
    sizes: { '10-49': 4, '50-249': 1 },
    occupations: ['Hotelfachmann', 'Koch', 'Fachmann für Restaurants und Veranstaltungsgastronomie', 'Kaufmann für Hotelmanagement', 'Fachkraft für Gastronomie', 'Kaufmann für Tourismus und Freizeit'],
    offers: { ausbildung: 52, job: 28, praktikum: 10, 'duales-studium': 4, eq: 6 },
    studies: [{ programme: 'Hotel- und Tourismusmanagement (B.A.)', occupation: 'Kaufmann für Hotelmanagement' }],
    benefits: { housing: 0.55, deutschlandticket: 0.3 },
    activities: ['empfangen Wandergäste, Familien und Tagungsgruppen mitten im Harz', 'verbinden Harzer Gastfreundschaft mit regionaler Küche und Wellness'],
    partTime: 0.25,
  },
  {
    key: 'restaurant', sector: 'tourism', count: 6, names: ['Gasthaus {n}', 'Restaurant {n}s Stuben', '{n} Ausflugslokal', 'Brauhaus {n}'],
    sizes: { '1-9': 2, '10-49': 3 }, occupations: ['Koch', 'Fachkraft Küche', 'Fachkraft für Gastronomie', 'Fachmann für Restaurants und Veranstaltungsgastronomie', 'Fachmann für Systemgastronomie'],
    offers: { ausbildung: 50, job: 32, praktikum: 8, eq: 10 }, benefits: { housing: 0.3, deutschlandticket: 0.25 },
    activities: ['kochen Harzer Spezialitäten mit Zutaten aus der Region', 'bewirten Ausflügler, Familienfeiern und Vereine'],
    partTime: 0.35,
  },
  {
    key: 'pflege', sector: 'care', count: 7, names: ['Seniorenzentrum {n}', 'Pflegedienst {n} gGmbH', '{n} Pflege & Wohnen gGmbH'],
    sizes: { '10-49': 2, '50-249': 3 },
    occupations: ['esco:Gesundheits- und Krankenpfleger', 'esco:Pflegehelfer', 'Kaufmann im Gesundheitswesen', 'Medizinischer Fachangestellter', 'Hauswirtschafter', 'Koch', 'Kaufmann für Büromanagement'],
    offers: { ausbildung: 42, job: 38, praktikum: 12, 'duales-studium': 3, eq: 5 },
    studies: [{ programme: 'Gesundheitsmanagement (B.A.)', occupation: 'Kaufmann im Gesundheitswesen' }],
    benefits: { deutschlandticket: 0.6, relocation: 0.2, housing: 0.15, licence: 0.15 },
    activities: ['pflegen und begleiten ältere Menschen stationär und zu Hause', 'betreiben Wohnbereiche, Tagespflege und einen ambulanten Dienst'],
    partTime: 0.35, shifts: true,
  },
  {
    key: 'logistik', sector: 'logistics', count: 6, names: ['{n} Logistik GmbH', 'Spedition {n}', '{n} Transporte GmbH & Co. KG'],
    sizes: { '10-49': 2, '50-249': 3 },
    occupations: ['Berufskraftfahrer', 'Fachkraft für Lagerlogistik', 'Fachlagerist', 'Kaufmann für Spedition und Logistikdienstleistung', 'Kraftfahrzeugmechatroniker', 'Fachkraft für Kurier-, Express- und Postdienstleistungen'],
    offers: { ausbildung: 48, job: 34, praktikum: 8, 'duales-studium': 4, eq: 6 },
    studies: [{ programme: 'Logistikmanagement (B.A.)', occupation: 'Kaufmann für Spedition und Logistikdienstleistung' }],
    benefits: { licence: 0.6, deutschlandticket: 0.35 },
    activities: ['transportieren Waren für Industrie und Handel zwischen Harz, Hannover und Leipzig', 'betreiben ein Logistikzentrum mit Lager, Kommissionierung und eigenem Fuhrpark'],
    shifts: true, needsLicence: true,
  },
  {
    key: 'handel', sector: 'retail', count: 7, names: ['Kaufhaus {n}', '{n} Markt GmbH', '{n} Handelshaus GmbH', 'Warenhaus {n} KG'],
    sizes: { '1-9': 1, '10-49': 3, '50-249': 2 },
    occupations: ['Kaufmann im Einzelhandel', 'Verkäufer', 'Fachlagerist', 'Drogist', 'Kaufmann im E-Commerce', 'Florist', 'Gestalter für visuelles Marketing'],
    offers: { ausbildung: 52, job: 26, praktikum: 10, 'duales-studium': 4, eq: 8 },
    studies: [{ programme: 'Handelsmanagement (B.A.)', occupation: 'Kaufmann im Einzelhandel' }],
    benefits: { deutschlandticket: 0.45 },
    activities: ['führen Märkte mit regionalem Sortiment und persönlicher Beratung', 'verkaufen vor Ort und im eigenen Onlineshop'],
    partTime: 0.4,
  },
  {
    key: 'metall', sector: 'metal_electrical', count: 8, names: ['{n} Metallbau GmbH', '{n} Maschinenbau GmbH', '{n} Elektronik GmbH', '{n} Gießerei GmbH'],
    sizes: { '10-49': 3, '50-249': 3, '250+': 1 },
    occupations: ['Industriemechaniker', 'Zerspanungsmechaniker', 'Konstruktionsmechaniker', 'Metallbauer', 'Elektroniker für Betriebstechnik', 'Elektroniker für Geräte und Systeme', 'Mechatroniker', 'Technischer Produktdesigner', 'Fachkraft für Metalltechnik', 'Gießereimechaniker', 'Werkstoffprüfer', 'Fachinformatiker', 'Industriekaufmann'],
    offers: { ausbildung: 52, job: 28, praktikum: 10, 'duales-studium': 8, eq: 2 },
    studies: [
      { programme: 'Maschinenbau (B.Eng.)', occupation: 'Industriemechaniker' },
      { programme: 'Elektro- und Informationstechnik (B.Eng.)', occupation: 'Elektroniker für Geräte und Systeme' },
      { programme: 'Wirtschaftsinformatik (B.Sc.)', occupation: 'Fachinformatiker' },
    ],
    benefits: { deutschlandticket: 0.5, shuttle: 0.25, relocation: 0.15 },
    activities: ['bauen Sondermaschinen, Stahlkonstruktionen und Baugruppen für Kunden in aller Welt', 'fertigen Guss- und Frästeile und elektronische Steuerungen für den Maschinenbau'],
    shifts: true,
  },
]
