/**
 * Words people type for an occupation that its official names and the ESCO labels do not carry:
 * abbreviations, former titles, colloquial and regional words, and the words of the languages the
 * Harz's newcomers read (Ukrainian, Russian, Turkish; Arabic where ESCO's formal label is not what
 * people say). Every entry here is written and reviewed by Passgenau, not taken from ESCO or KldB:
 * `source` says so wherever these words surface.
 *
 * `means` names occupations the way a German search would (resolved through the occupations'
 * own names, with their specialisations: "Elektroniker" covers "Elektroniker/in für Betriebstechnik"),
 * so an entry stays right when the occupation table gains an id or a Fachrichtung.
 */
export interface OccupationAlias {
  /** What people type; each a phrase of one or more words. */
  terms: readonly string[]
  /** German occupation names the terms stand for. */
  means: readonly string[]
  lang: 'de' | 'en' | 'uk' | 'ru' | 'tr' | 'ar'
  kind: 'abbreviation' | 'former-title' | 'colloquial' | 'translation' | 'equivalent'
  /**
   * The KldB field (Berufshauptgruppe) of occupations that are no training occupation and so carry
   * none (Erzieher/in is trained at state schools): thin results then offer the field's occupations.
   */
  field?: string
}

export const ALIAS_SOURCE = 'passgenau'

const ELECTRIC = ['Elektroniker', 'Elektroniker für Automatisierungstechnik', 'Elektroniker für Betriebstechnik', 'Elektroniker für Gebäudesystemintegration', 'Elektroniker für Geräte und Systeme', 'Informationselektroniker']
const CARE = ['Gesundheits- und Krankenpfleger', 'Pflegehelfer']
const NURSE = ['Gesundheits- und Krankenpfleger']
const CARE_HELPER = ['Pflegehelfer']
const KFZ = ['Kraftfahrzeugmechatroniker']
const MECHANIC = ['Mechaniker']
const DRIVER = ['Berufskraftfahrer']
const WAREHOUSE = ['Fachkraft für Lagerlogistik', 'Fachlagerist']
const LOGISTICS = ['Fachkraft für Lagerlogistik', 'Fachlagerist', 'Kaufmann für Spedition und Logistikdienstleistung']
const OFFICE = ['Kaufmann für Büromanagement']
const RETAIL = ['Verkäufer', 'Kaufmann im Einzelhandel']
const SERVICE = ['Fachmann für Restaurants und Veranstaltungsgastronomie', 'Fachkraft für Gastronomie']
const HOTEL = ['Hotelfachmann']
const COOK = ['Koch']
const BAKER = ['Bäcker']
const CONFECTIONER = ['Konditor']
const HAIR = ['Friseur']
const CARPENTER = ['Tischler']
const ROOF_CARPENTER = ['Zimmerer']
const ROOFER = ['Dachdecker']
const PAINTER = ['Maler und Lackierer']
const PLUMBER = ['Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik']
const WELDER = ['Metallbauer', 'Konstruktionsmechaniker']
const LOCKSMITH = ['Industriemechaniker', 'Metallbauer', 'Konstruktionsmechaniker']
const MACHINIST = ['Zerspanungsmechaniker']
const IT = ['Fachinformatiker', 'IT-System-Elektroniker', 'Kaufmann für IT-System-Management', 'Kaufmann für Digitalisierungsmanagement']
const PROGRAMMER = ['Fachinformatiker']
const MFA = ['Medizinischer Fachangestellter']
const CHEMISTRY = ['Chemikant', 'Chemielaborant', 'Produktionsfachkraft Chemie', 'Pharmakant', 'Lacklaborant']
const LAB = ['Chemielaborant', 'Lacklaborant']
const MACHINE_OPERATOR = ['Maschinen- und Anlagenführer']
const FLORIST = ['Florist']
const CASHIER = ['Verkäufer', 'Kaufmann im Einzelhandel']

export const OCCUPATION_ALIASES: readonly OccupationAlias[] = [
  // Abbreviations
  { terms: ['Kfz', 'Kfz-Mechaniker', 'Kfz-Mechanikerin', 'Automechaniker', 'Automechanikerin', 'Automechatroniker', 'Kfz-Techniker', 'Kfz-Elektriker'], means: KFZ, lang: 'de', kind: 'abbreviation' },
  { terms: ['MFA', 'Arzthelfer', 'Arzthelferin', 'Sprechstundenhilfe', 'Praxishelfer', 'Praxishelferin'], means: MFA, lang: 'de', kind: 'former-title' },
  { terms: ['SHK', 'Anlagenmechaniker SHK', 'Installateur', 'Installateurin', 'Sanitärinstallateur', 'Heizungsbauer', 'Gas-Wasser-Installateur', 'Heizungsinstallateur', 'Sanitär', 'Heizung'], means: PLUMBER, lang: 'de', kind: 'abbreviation' },
  { terms: ['IT', 'EDV', 'Informatik', 'Informatiker', 'Informatikerin'], means: IT, lang: 'de', kind: 'abbreviation' },
  { terms: ['LKW-Fahrer', 'LKW-Fahrerin', 'Lastwagenfahrer', 'Kraftfahrer', 'Kraftfahrerin', 'Fernfahrer', 'Trucker', 'Berufskraftfahrer Güterverkehr', 'Busfahrer', 'Busfahrerin', 'Fahrer', 'Fahrerin'], means: DRIVER, lang: 'de', kind: 'colloquial' },
  { terms: ['CNC', 'CNC-Fräser', 'CNC-Dreher', 'Dreher', 'Dreherin', 'Fräser', 'Fräserin', 'Zerspaner', 'Zerspanerin'], means: MACHINIST, lang: 'de', kind: 'former-title' },

  { terms: ['Erzieher', 'Erzieherin', 'Kinderpfleger', 'Kinderpflegerin', 'Kindergärtner', 'Kindergärtnerin', 'Kita', 'Sozialassistent', 'Sozialassistentin'], means: ['Lehrkraft für Vorschulerziehung', 'Sozialassistent'], lang: 'de', kind: 'equivalent', field: '83' },

  // Former titles and regional words
  { terms: ['Altenpfleger', 'Altenpflegerin', 'Altenpflege', 'Pflege', 'Pflegekraft', 'Pflegekräfte', 'Pflegeberufe'], means: CARE, lang: 'de', kind: 'equivalent' },
  { terms: ['Pflegefachkraft', 'Pflegefachmann', 'Pflegefachfrau', 'Krankenpfleger', 'Krankenpflegerin', 'Krankenschwester', 'Gesundheits- und Krankenpflegerin', 'Pfleger', 'Pflegerin', 'Examinierte Pflegekraft'], means: NURSE, lang: 'de', kind: 'equivalent' },
  { terms: ['Pflegeassistent', 'Pflegeassistentin', 'Pflegehilfskraft', 'Altenpflegehelfer', 'Altenpflegehelferin', 'Krankenpflegehelfer'], means: CARE_HELPER, lang: 'de', kind: 'equivalent' },
  { terms: ['Bürokaufmann', 'Bürokauffrau', 'Kaufmann für Bürokommunikation', 'Kauffrau für Bürokommunikation', 'Bürokraft', 'Büro', 'Sekretär', 'Sekretärin', 'Bürokaufleute'], means: OFFICE, lang: 'de', kind: 'former-title' },
  { terms: ['Einzelhandelskaufmann', 'Einzelhandelskauffrau', 'Einzelhandel'], means: ['Kaufmann im Einzelhandel'], lang: 'de', kind: 'colloquial' },
  { terms: ['Verkauf', 'Kassierer', 'Kassiererin', 'Kasse'], means: CASHIER, lang: 'de', kind: 'colloquial' },
  { terms: ['Schreiner', 'Schreinerin', 'Möbeltischler'], means: CARPENTER, lang: 'de', kind: 'equivalent' },
  { terms: ['Zimmermann', 'Zimmerfrau', 'Zimmerleute'], means: ROOF_CARPENTER, lang: 'de', kind: 'colloquial' },
  { terms: ['Spengler', 'Spenglerin', 'Flaschner', 'Flaschnerin'], means: ['Klempner'], lang: 'de', kind: 'equivalent' },
  { terms: ['Elektriker', 'Elektrikerin', 'Elektro', 'Elektroinstallateur', 'Elektroinstallateurin', 'Elektrotechnik'], means: ELECTRIC, lang: 'de', kind: 'colloquial' },
  { terms: ['Elektroniker für Energie- und Gebäudetechnik', 'Energieelektroniker Gebäudetechnik'], means: ['Elektroniker'], lang: 'de', kind: 'equivalent' },
  { terms: ['Energieelektroniker', 'Energieelektronikerin', 'Betriebselektriker', 'Betriebselektronikerin'], means: ['Elektroniker für Betriebstechnik'], lang: 'de', kind: 'former-title' },
  { terms: ['Kommunikationselektroniker', 'Geräteelektroniker'], means: ['Elektroniker für Geräte und Systeme'], lang: 'de', kind: 'former-title' },
  { terms: ['Radio- und Fernsehtechniker', 'Fernsehtechniker', 'Büroinformationselektroniker'], means: ['Informationselektroniker'], lang: 'de', kind: 'former-title' },
  { terms: ['Schlosser', 'Schlosserin', 'Betriebsschlosser', 'Maschinenschlosser', 'Industrieschlosser'], means: LOCKSMITH, lang: 'de', kind: 'former-title' },
  { terms: ['Schweißer', 'Schweißerin', 'Stahlbauschlosser'], means: WELDER, lang: 'de', kind: 'colloquial' },
  { terms: ['Bauschlosser', 'Metallbauerin Konstruktionstechnik'], means: ['Metallbauer'], lang: 'de', kind: 'former-title' },
  { terms: ['Werkzeugmacher', 'Werkzeugmacherin'], means: ['Werkzeugmechaniker'], lang: 'de', kind: 'former-title' },
  { terms: ['Chemiefacharbeiter', 'Chemiefacharbeiterin'], means: ['Chemikant'], lang: 'de', kind: 'former-title' },
  { terms: ['Chemie'], means: CHEMISTRY, lang: 'de', kind: 'colloquial' },
  { terms: ['Labor', 'Laborant', 'Laborantin'], means: LAB, lang: 'de', kind: 'colloquial' },
  { terms: ['Technischer Zeichner', 'Technische Zeichnerin', 'Bauzeichner Maschinenbau'], means: ['Technischer Produktdesigner'], lang: 'de', kind: 'former-title' },
  { terms: ['Restaurantfachmann', 'Restaurantfachfrau', 'Kellner', 'Kellnerin', 'Servicekraft', 'Bedienung', 'Service', 'Servicemitarbeiter'], means: SERVICE, lang: 'de', kind: 'former-title' },
  { terms: ['Fachkraft im Gastgewerbe', 'Gastgewerbe', 'Gastronomie'], means: ['Fachkraft für Gastronomie', 'Fachmann für Restaurants und Veranstaltungsgastronomie', 'Fachmann für Systemgastronomie', 'Hotelfachmann', 'Koch', 'Fachkraft Küche'], lang: 'de', kind: 'former-title' },
  { terms: ['Hotelkaufmann', 'Hotelkauffrau'], means: ['Kaufmann für Hotelmanagement'], lang: 'de', kind: 'former-title' },
  { terms: ['Hotel', 'Rezeption', 'Rezeptionist', 'Rezeptionistin', 'Empfang'], means: ['Hotelfachmann', 'Kaufmann für Hotelmanagement'], lang: 'de', kind: 'colloquial' },
  { terms: ['Systemgastronom', 'Systemgastronomin'], means: ['Fachmann für Systemgastronomie'], lang: 'de', kind: 'colloquial' },
  { terms: ['Beikoch', 'Beiköchin', 'Küchenhilfe', 'Küchenhelfer', 'Küche', 'Jungkoch'], means: ['Fachkraft Küche'], lang: 'de', kind: 'colloquial' },
  { terms: ['Bäckereifachverkäufer', 'Bäckereifachverkäuferin', 'Fleischereifachverkäufer', 'Fleischereifachverkäuferin', 'Verkäuferin Bäckerei'], means: ['Fachverkäufer im Lebensmittelhandwerk'], lang: 'de', kind: 'former-title' },
  { terms: ['Autoverkäufer', 'Autoverkäuferin'], means: ['Automobilkaufmann'], lang: 'de', kind: 'colloquial' },
  { terms: ['Speditionskaufmann', 'Speditionskauffrau', 'Spedition'], means: ['Kaufmann für Spedition und Logistikdienstleistung'], lang: 'de', kind: 'former-title' },
  { terms: ['Lagerist', 'Lageristin', 'Lagerarbeiter', 'Lagerarbeiterin', 'Lagerhelfer', 'Lagermitarbeiter', 'Lager', 'Staplerfahrer', 'Gabelstaplerfahrer', 'Kommissionierer', 'Lagerlogistik'], means: WAREHOUSE, lang: 'de', kind: 'colloquial' },
  { terms: ['Logistik', 'Logistiker', 'Logistikerin'], means: LOGISTICS, lang: 'de', kind: 'colloquial' },
  { terms: ['Kurierfahrer', 'Paketzusteller', 'Paketbote', 'Postbote', 'Zusteller', 'Zustellerin'], means: ['Fachkraft für Kurier-, Express- und Postdienstleistungen'], lang: 'de', kind: 'colloquial' },
  { terms: ['Maschinenführer', 'Anlagenführer', 'Maschinenbediener', 'Maschinenbedienerin', 'Produktionshelfer'], means: MACHINE_OPERATOR, lang: 'de', kind: 'colloquial' },
  { terms: ['Kältetechniker', 'Kälteanlagenbauer', 'Kälteanlagenbauerin'], means: ['Mechatroniker für Kältetechnik'], lang: 'de', kind: 'former-title' },
  { terms: ['Ofenbauer', 'Kachelofenbauer', 'Kaminbauer'], means: ['Ofen- und Luftheizungsbauer'], lang: 'de', kind: 'colloquial' },
  { terms: ['Karosseriebauer', 'Karosseriebauerin', 'Karosseriemechaniker'], means: ['Karosserie- und Fahrzeugbaumechaniker'], lang: 'de', kind: 'former-title' },
  { terms: ['Autolackierer', 'Autolackiererin'], means: ['Fahrzeuglackierer'], lang: 'de', kind: 'colloquial' },
  { terms: ['Reifenmonteur', 'Vulkaniseur', 'Reifenmechaniker'], means: ['Mechaniker für Reifen- und Vulkanisationstechnik'], lang: 'de', kind: 'former-title' },
  { terms: ['Trockenbauer', 'Trockenbauerin'], means: ['Trockenbaumonteur'], lang: 'de', kind: 'colloquial' },
  { terms: ['Gipser', 'Gipserin', 'Stuckateurin', 'Stukkateur'], means: ['Stuckateur'], lang: 'de', kind: 'equivalent' },
  { terms: ['Frisör', 'Frisörin', 'Coiffeur', 'Friseuse', 'Hairstylist'], means: HAIR, lang: 'de', kind: 'colloquial' },
  { terms: ['Blumenbinder', 'Blumenbinderin'], means: FLORIST, lang: 'de', kind: 'former-title' },
  { terms: ['Hauswirtschaft', 'Haushälter', 'Haushälterin', 'Hauswirtschafterin'], means: ['Hauswirtschafter'], lang: 'de', kind: 'colloquial' },
  { terms: ['Tourismuskaufmann', 'Tourismuskauffrau', 'Tourismus'], means: ['Kaufmann für Tourismus und Freizeit'], lang: 'de', kind: 'colloquial' },
  { terms: ['Onlinehändler', 'Onlinehandel', 'E-Commerce-Kaufmann'], means: ['Kaufmann im E-Commerce'], lang: 'de', kind: 'colloquial' },
  { terms: ['Programmierer', 'Programmiererin', 'Softwareentwickler', 'Softwareentwicklerin', 'Anwendungsentwickler', 'Systemadministrator', 'Administrator'], means: PROGRAMMER, lang: 'de', kind: 'colloquial' },
  { terms: ['Metall', 'Metallbearbeitung'], means: ['Fachkraft für Metalltechnik', 'Metallbauer', 'Industriemechaniker', 'Zerspanungsmechaniker', 'Konstruktionsmechaniker'], lang: 'de', kind: 'colloquial' },

  // English words ESCO does not carry
  { terms: ['car mechanic', 'auto mechanic', 'mechanic'], means: [...KFZ, ...MECHANIC], lang: 'en', kind: 'translation' },
  { terms: ['nurse', 'nursing', 'carer', 'caregiver', 'care worker'], means: CARE, lang: 'en', kind: 'translation' },
  { terms: ['truck driver', 'lorry driver', 'driver'], means: DRIVER, lang: 'en', kind: 'translation' },
  { terms: ['warehouse', 'warehouse worker', 'forklift driver'], means: WAREHOUSE, lang: 'en', kind: 'translation' },
  { terms: ['waiter', 'waitress'], means: SERVICE, lang: 'en', kind: 'translation' },
  { terms: ['office clerk', 'secretary'], means: OFFICE, lang: 'en', kind: 'translation' },
  { terms: ['sales assistant', 'shop assistant', 'cashier', 'salesperson'], means: RETAIL, lang: 'en', kind: 'translation' },
  { terms: ['programmer', 'software developer', 'developer'], means: PROGRAMMER, lang: 'en', kind: 'translation' },
  { terms: ['welder'], means: WELDER, lang: 'en', kind: 'translation' },
  { terms: ['electrician'], means: ELECTRIC, lang: 'en', kind: 'translation' },
  { terms: ['carpenter', 'joiner'], means: CARPENTER, lang: 'en', kind: 'translation' },
  { terms: ['plumber'], means: PLUMBER, lang: 'en', kind: 'translation' },
  { terms: ['hairdresser', 'barber'], means: HAIR, lang: 'en', kind: 'translation' },
  { terms: ['cook', 'chef'], means: COOK, lang: 'en', kind: 'translation' },
  { terms: ['baker'], means: BAKER, lang: 'en', kind: 'translation' },
  { terms: ['roofer'], means: ROOFER, lang: 'en', kind: 'translation' },
  { terms: ['painter'], means: PAINTER, lang: 'en', kind: 'translation' },
  { terms: ['medical assistant'], means: MFA, lang: 'en', kind: 'translation' },
  { terms: ['chemical operator', 'chemical technician'], means: ['Chemikant'], lang: 'en', kind: 'translation' },
  { terms: ['lab technician', 'laboratory assistant'], means: LAB, lang: 'en', kind: 'translation' },
  { terms: ['machinist', 'cnc operator'], means: MACHINIST, lang: 'en', kind: 'translation' },
  { terms: ['florist'], means: FLORIST, lang: 'en', kind: 'translation' },
  { terms: ['hotel', 'receptionist'], means: HOTEL, lang: 'en', kind: 'translation' },

  // Ukrainian
  { terms: ['кухар', 'кухарка', 'повар'], means: COOK, lang: 'uk', kind: 'translation' },
  { terms: ['пекар'], means: BAKER, lang: 'uk', kind: 'translation' },
  { terms: ['кондитер'], means: CONFECTIONER, lang: 'uk', kind: 'translation' },
  { terms: ['перукар', 'перукарка'], means: HAIR, lang: 'uk', kind: 'translation' },
  { terms: ['електрик', 'електромонтер', 'електронік'], means: ELECTRIC, lang: 'uk', kind: 'translation' },
  { terms: ['автомеханік', 'автослюсар'], means: KFZ, lang: 'uk', kind: 'translation' },
  { terms: ['механік', 'слюсар'], means: MECHANIC, lang: 'uk', kind: 'translation' },
  { terms: ['мехатронік'], means: ['Mechatroniker'], lang: 'uk', kind: 'translation' },
  { terms: ['водій', 'далекобійник', 'водій вантажівки'], means: DRIVER, lang: 'uk', kind: 'translation' },
  { terms: ['медсестра', 'медбрат', 'медична сестра'], means: NURSE, lang: 'uk', kind: 'translation' },
  { terms: ['доглядальниця', 'доглядач', 'помічник медсестри'], means: CARE_HELPER, lang: 'uk', kind: 'translation' },
  { terms: ['столяр'], means: CARPENTER, lang: 'uk', kind: 'translation' },
  { terms: ['тесляр'], means: ROOF_CARPENTER, lang: 'uk', kind: 'translation' },
  { terms: ['покрівельник'], means: ROOFER, lang: 'uk', kind: 'translation' },
  { terms: ['сантехнік'], means: PLUMBER, lang: 'uk', kind: 'translation' },
  { terms: ['маляр'], means: PAINTER, lang: 'uk', kind: 'translation' },
  { terms: ['продавець', 'продавчиня', 'касир', 'касирка'], means: RETAIL, lang: 'uk', kind: 'translation' },
  { terms: ['офіціант', 'офіціантка'], means: SERVICE, lang: 'uk', kind: 'translation' },
  { terms: ['комірник', 'складський працівник', 'працівник складу'], means: WAREHOUSE, lang: 'uk', kind: 'translation' },
  { terms: ['логіст'], means: LOGISTICS, lang: 'uk', kind: 'translation' },
  { terms: ['програміст', 'розробник'], means: PROGRAMMER, lang: 'uk', kind: 'translation' },
  { terms: ['секретар', 'офіс-менеджер'], means: OFFICE, lang: 'uk', kind: 'translation' },
  { terms: ['зварювальник'], means: WELDER, lang: 'uk', kind: 'translation' },
  { terms: ['токар', 'фрезерувальник'], means: MACHINIST, lang: 'uk', kind: 'translation' },
  { terms: ['лаборант'], means: LAB, lang: 'uk', kind: 'translation' },
  { terms: ['хімік-технолог', 'оператор хімічного виробництва'], means: ['Chemikant'], lang: 'uk', kind: 'translation' },
  { terms: ['флорист'], means: FLORIST, lang: 'uk', kind: 'translation' },
  { terms: ['адміністратор готелю', 'покоївка'], means: HOTEL, lang: 'uk', kind: 'translation' },
  { terms: ['асистент лікаря', 'помічник лікаря'], means: MFA, lang: 'uk', kind: 'translation' },
  { terms: ['оператор верстатів', 'оператор машин'], means: MACHINE_OPERATOR, lang: 'uk', kind: 'translation' },

  // Russian
  { terms: ['повар'], means: COOK, lang: 'ru', kind: 'translation' },
  { terms: ['пекарь'], means: BAKER, lang: 'ru', kind: 'translation' },
  { terms: ['парикмахер'], means: HAIR, lang: 'ru', kind: 'translation' },
  { terms: ['электрик', 'электромонтер', 'электроник'], means: ELECTRIC, lang: 'ru', kind: 'translation' },
  { terms: ['автомеханик', 'автослесарь'], means: KFZ, lang: 'ru', kind: 'translation' },
  { terms: ['механик', 'слесарь'], means: MECHANIC, lang: 'ru', kind: 'translation' },
  { terms: ['водитель', 'дальнобойщик', 'шофер'], means: DRIVER, lang: 'ru', kind: 'translation' },
  { terms: ['медсестра', 'медбрат'], means: NURSE, lang: 'ru', kind: 'translation' },
  { terms: ['сиделка', 'санитар', 'санитарка'], means: CARE_HELPER, lang: 'ru', kind: 'translation' },
  { terms: ['столяр'], means: CARPENTER, lang: 'ru', kind: 'translation' },
  { terms: ['плотник'], means: ROOF_CARPENTER, lang: 'ru', kind: 'translation' },
  { terms: ['кровельщик'], means: ROOFER, lang: 'ru', kind: 'translation' },
  { terms: ['сантехник'], means: PLUMBER, lang: 'ru', kind: 'translation' },
  { terms: ['маляр'], means: PAINTER, lang: 'ru', kind: 'translation' },
  { terms: ['продавец', 'продавщица', 'кассир'], means: RETAIL, lang: 'ru', kind: 'translation' },
  { terms: ['официант', 'официантка'], means: SERVICE, lang: 'ru', kind: 'translation' },
  { terms: ['кладовщик', 'работник склада', 'грузчик'], means: WAREHOUSE, lang: 'ru', kind: 'translation' },
  { terms: ['программист'], means: PROGRAMMER, lang: 'ru', kind: 'translation' },
  { terms: ['секретарь'], means: OFFICE, lang: 'ru', kind: 'translation' },
  { terms: ['сварщик'], means: WELDER, lang: 'ru', kind: 'translation' },
  { terms: ['токарь', 'фрезеровщик'], means: MACHINIST, lang: 'ru', kind: 'translation' },
  { terms: ['кондитер'], means: CONFECTIONER, lang: 'ru', kind: 'translation' },

  // Turkish
  { terms: ['aşçı', 'ascı', 'aşçı yardımcısı'], means: COOK, lang: 'tr', kind: 'translation' },
  { terms: ['fırıncı', 'ekmekçi'], means: BAKER, lang: 'tr', kind: 'translation' },
  { terms: ['pastacı', 'pasta ustası'], means: CONFECTIONER, lang: 'tr', kind: 'translation' },
  { terms: ['kuaför', 'berber'], means: HAIR, lang: 'tr', kind: 'translation' },
  { terms: ['elektrikçi', 'elektrik teknisyeni'], means: ELECTRIC, lang: 'tr', kind: 'translation' },
  { terms: ['oto tamircisi', 'oto mekanik', 'oto mekanikeri', 'oto elektrikçisi', 'otomotiv teknisyeni'], means: KFZ, lang: 'tr', kind: 'translation' },
  { terms: ['tamirci', 'mekanik', 'makine tamircisi'], means: MECHANIC, lang: 'tr', kind: 'translation' },
  { terms: ['mekatronik', 'mekatronik teknisyeni'], means: ['Mechatroniker'], lang: 'tr', kind: 'translation' },
  { terms: ['şoför', 'tır şoförü', 'kamyon şoförü', 'sürücü'], means: DRIVER, lang: 'tr', kind: 'translation' },
  { terms: ['hemşire'], means: NURSE, lang: 'tr', kind: 'translation' },
  { terms: ['hasta bakıcı', 'hastabakıcı', 'yaşlı bakıcı', 'bakıcı'], means: CARE_HELPER, lang: 'tr', kind: 'translation' },
  { terms: ['marangoz', 'mobilyacı'], means: CARPENTER, lang: 'tr', kind: 'translation' },
  { terms: ['çatı ustası', 'çatıcı'], means: ROOFER, lang: 'tr', kind: 'translation' },
  { terms: ['tesisatçı', 'sıhhi tesisatçı'], means: PLUMBER, lang: 'tr', kind: 'translation' },
  { terms: ['boyacı', 'boya ustası'], means: PAINTER, lang: 'tr', kind: 'translation' },
  { terms: ['satış elemanı', 'tezgahtar', 'kasiyer', 'satıcı'], means: RETAIL, lang: 'tr', kind: 'translation' },
  { terms: ['garson', 'servis elemanı'], means: SERVICE, lang: 'tr', kind: 'translation' },
  { terms: ['depocu', 'depo elemanı', 'depo görevlisi', 'forklift operatörü'], means: WAREHOUSE, lang: 'tr', kind: 'translation' },
  { terms: ['yazılımcı', 'programcı', 'yazılım geliştirici'], means: PROGRAMMER, lang: 'tr', kind: 'translation' },
  { terms: ['sekreter', 'büro elemanı'], means: OFFICE, lang: 'tr', kind: 'translation' },
  { terms: ['kaynakçı'], means: WELDER, lang: 'tr', kind: 'translation' },
  { terms: ['tornacı', 'cnc operatörü', 'freze operatörü'], means: MACHINIST, lang: 'tr', kind: 'translation' },
  { terms: ['laborant', 'laboratuvar teknisyeni'], means: LAB, lang: 'tr', kind: 'translation' },
  { terms: ['kimya teknisyeni', 'kimya operatörü'], means: ['Chemikant'], lang: 'tr', kind: 'translation' },
  { terms: ['çiçekçi'], means: FLORIST, lang: 'tr', kind: 'translation' },
  { terms: ['otelci', 'resepsiyonist', 'otel elemanı'], means: HOTEL, lang: 'tr', kind: 'translation' },
  { terms: ['doktor asistanı', 'tıbbi sekreter'], means: MFA, lang: 'tr', kind: 'translation' },
  { terms: ['makine operatörü'], means: MACHINE_OPERATOR, lang: 'tr', kind: 'translation' },
  { terms: ['lojistik', 'lojistikçi'], means: LOGISTICS, lang: 'tr', kind: 'translation' },

  // Arabic: the words people use where ESCO's label is formal or missing
  { terms: ['طباخ', 'طباخة', 'شيف'], means: COOK, lang: 'ar', kind: 'translation' },
  { terms: ['خباز', 'خبازة'], means: BAKER, lang: 'ar', kind: 'translation' },
  { terms: ['حلواني'], means: CONFECTIONER, lang: 'ar', kind: 'translation' },
  { terms: ['حلاق', 'حلاقة', 'مصفف شعر', 'كوافير'], means: HAIR, lang: 'ar', kind: 'translation' },
  { terms: ['كهربائي', 'كهربجي'], means: ELECTRIC, lang: 'ar', kind: 'translation' },
  { terms: ['ميكانيكي سيارات', 'ميكانيك سيارات'], means: KFZ, lang: 'ar', kind: 'translation' },
  { terms: ['ميكانيكي'], means: MECHANIC, lang: 'ar', kind: 'translation' },
  { terms: ['سائق', 'سائق شاحنة'], means: DRIVER, lang: 'ar', kind: 'translation' },
  { terms: ['ممرض', 'ممرضة', 'تمريض'], means: NURSE, lang: 'ar', kind: 'translation' },
  { terms: ['مساعد تمريض', 'رعاية المسنين'], means: CARE_HELPER, lang: 'ar', kind: 'translation' },
  { terms: ['نجار'], means: CARPENTER, lang: 'ar', kind: 'translation' },
  { terms: ['سباك', 'سمكري'], means: PLUMBER, lang: 'ar', kind: 'translation' },
  { terms: ['دهان', 'نقاش'], means: PAINTER, lang: 'ar', kind: 'translation' },
  { terms: ['بائع', 'بائعة', 'كاشير'], means: RETAIL, lang: 'ar', kind: 'translation' },
  { terms: ['نادل', 'نادلة', 'جرسون'], means: SERVICE, lang: 'ar', kind: 'translation' },
  { terms: ['أمين مخزن', 'عامل مستودع', 'عامل مخزن'], means: WAREHOUSE, lang: 'ar', kind: 'translation' },
  { terms: ['مبرمج', 'مطور برمجيات'], means: PROGRAMMER, lang: 'ar', kind: 'translation' },
  { terms: ['سكرتير', 'سكرتيرة'], means: OFFICE, lang: 'ar', kind: 'translation' },
  { terms: ['لحام'], means: WELDER, lang: 'ar', kind: 'translation' },
  { terms: ['خراط'], means: MACHINIST, lang: 'ar', kind: 'translation' },
  { terms: ['مساعد طبيب'], means: MFA, lang: 'ar', kind: 'translation' },
  { terms: ['عامل فندق', 'موظف استقبال'], means: HOTEL, lang: 'ar', kind: 'translation' },
]
