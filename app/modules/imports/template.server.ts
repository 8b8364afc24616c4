import { toCsv } from '~/utils/csv'
import { asc, desc, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { occupations, organizations } from '../../../db/schema'
import { MIN_TRAINING_ALLOWANCE } from '../listings/listing-form'
import { berlinToday } from '~/utils/calendar-date'
import { occupationDefaults } from '../listings/listing-input.server'
import { getPlaceChoice, placeLabel } from '../listings/place-input.server'
import { IMPORT_COLUMN_NAMES, type ImportColumn } from './import-columns'

const EXAMPLE_OCCUPATION = 'mechatroniker-in'
const FALLBACK_PLACE = '38640 Goslar'

/** 1 August of the next training year that has not started yet. */
function nextTrainingStart(today: string): string {
  const year = Number(today.slice(0, 4))
  return today < `${year}-08-01` ? `${year}-08-01` : `${year + 1}-08-01`
}

/**
 * The template to download: the header and one Ausbildung at the company's own place that imports
 * as it is. `;`-separated with a byte-order mark, so German spreadsheets open it with umlauts intact.
 */
export async function importTemplateCsv(opts: { organizationId: string; now?: Date }): Promise<string> {
  const db = getDb()
  const [occupation] = await db
    .select()
    .from(occupations)
    .where(eq(occupations.kind, 'training'))
    .orderBy(desc(eq(occupations.slug, EXAMPLE_OCCUPATION)), asc(occupations.id))
    .limit(1)
  const [company] = await db.select({ placeId: organizations.placeId }).from(organizations).where(eq(organizations.id, opts.organizationId))
  const place = await getPlaceChoice(company?.placeId ?? null, db)
  const defaults = occupationDefaults(occupation, 'ausbildung')
  const years = Number(defaults.trainingYears)
  const example: Record<ImportColumn, string> = {
    offerType: 'ausbildung',
    occupation: occupation.name,
    title: defaults.title,
    description: '## Deine Aufgaben\n\n- Anlagen montieren und in Betrieb nehmen\n- Störungen finden und beheben\n\n## Das bringst du mit\n\n- Freude an Technik',
    place: place ? placeLabel(place) : FALLBACK_PLACE,
    workingTime: 'vollzeit',
    startDate: nextTrainingStart(berlinToday(opts.now)),
    placesCount: '2',
    payPeriod: '',
    payMin: '',
    payMax: '',
    allowances: MIN_TRAINING_ALLOWANCE.slice(0, years)
      .map((minimum) => Math.ceil((minimum + 250) / 10) * 10)
      .join('|'),
    minCertificate: 'hauptschule',
    minGerman: 'B1',
    drivingLicence: 'nein',
    benefits: 'deutschlandticket|shuttle',
    refugees: 'ja',
    recognitionSupport: 'nein',
    workplaceLanguages: 'de|en',
    germanCourse: 'ja',
    deadline: '',
    contact: 'Frau Beispiel',
    status: 'draft',
    fairWordingConfirmed: '',
  }
  return toCsv([[...IMPORT_COLUMN_NAMES], IMPORT_COLUMN_NAMES.map((c) => example[c])])
}
