/**
 * The credit lines the licences of the shipped reference data ask for, word for word as the data
 * sources want them shown (German where the source is German). The `/about/data` page and the
 * README both render this list, so the wording lives in one place.
 */
export const REFERENCE_DATA_ATTRIBUTIONS = [
  'Postal code data © GeoNames (geonames.org), CC BY 4.0, converted by zauberware/postal-codes-json-xml-csv; modified.',
  'Datenquelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Gebietsstand 31.12.2020; Datenlizenz Deutschland – Namensnennung – Version 2.0; Daten verändert.',
  'Quelle: Ausbildungsordnungen des Bundes (gesetze-im-internet.de), Stand 19.08.2026; eigene Extraktion.',
  '© Statistik der Bundesagentur für Arbeit – Klassifikation der Berufe 2010, überarbeitete Fassung 2020.',
  'This service uses the ESCO classification of the European Commission.',
] as const
