/*
 * English names of the KldB 2010 occupational areas (level 1) and main groups (level 2).
 *
 * Source of the codes and the German titles: Bundesagentur für Arbeit, Klassifikation der Berufe 2010
 * (db/reference-data/occupation-fields.csv, built by db/reference/build/kldb.ts). The Federal
 * Employment Agency publishes no English titles at these levels: the names below are written by this
 * project, close to the German wording, and are not an official translation.
 */
export const OCCUPATION_FIELD_NAMES_EN: Readonly<Record<string, string>> = {
  '0': 'Military',
  '01': 'Members of the regular armed forces',
  '1': 'Agriculture, forestry, animal husbandry and horticulture',
  '11': 'Agriculture, animal husbandry and forestry occupations',
  '12': 'Horticulture and floristry occupations',
  '2': 'Extraction of raw materials, production and manufacturing',
  '21': 'Raw material extraction and processing, glass and ceramics making and processing',
  '22': 'Plastics making and processing, wood working and processing',
  '23': 'Paper and printing occupations, technical media design',
  '24': 'Metal production and working, metal construction occupations',
  '25': 'Machine and vehicle technology occupations',
  '26': 'Mechatronics, energy and electrical occupations',
  '27': 'Technical research, development, design and production planning occupations',
  '28': 'Textile and leather occupations',
  '29': 'Food production and processing',
  '3': 'Construction, architecture, surveying and building services',
  '31': 'Construction planning, architecture and surveying occupations',
  '32': 'Building construction above and below ground',
  '33': 'Interior construction and finishing occupations',
  '34': 'Building services and utilities engineering occupations',
  '4': 'Natural sciences, geography and computer science',
  '41': 'Mathematics, biology, chemistry and physics occupations',
  '42': 'Geology, geography and environmental protection occupations',
  '43': 'Computer science, information and communication technology occupations',
  '5': 'Transport, logistics, protection and security',
  '51': 'Transport and logistics occupations (except vehicle driving)',
  '52': 'Drivers and operators of vehicles and transport equipment',
  '53': 'Protection, security and surveillance occupations',
  '54': 'Cleaning occupations',
  '6': 'Commercial services, trading, sales, hotels and tourism',
  '61': 'Purchasing, sales and trading occupations',
  '62': 'Retail sales occupations',
  '63': 'Tourism, hotel and restaurant occupations',
  '7': 'Business organisation, accounting, law and administration',
  '71': 'Business management and organisation occupations',
  '72': 'Financial services, accounting and tax advice occupations',
  '73': 'Law and public administration occupations',
  '8': 'Health care, social services, teaching and education',
  '81': 'Medical health care occupations',
  '82': 'Non-medical health care, body care and wellness occupations, medical technology',
  '83': 'Education, social work, housekeeping and theology',
  '84': 'Teaching and training occupations',
  '9': 'Philology, literature, humanities, social sciences and economics, media, art, culture and design',
  '91': 'Occupations in philology, literature, humanities, social sciences and economics',
  '92': 'Advertising, marketing, commercial and editorial media occupations',
  '93': 'Product design and artisan craft occupations, fine arts, musical instrument making',
  '94': 'Performing arts and entertainment occupations',
}

/** The title of a KldB occupational field in the reader's language; the German title otherwise. */
export function occupationFieldTitle(lang: string, code: string | null, germanTitle: string | null): string | null {
  if (lang === 'en' && code && OCCUPATION_FIELD_NAMES_EN[code]) return OCCUPATION_FIELD_NAMES_EN[code]
  return germanTitle
}
