/**
 * The six districts of the Harz economic region, each with its district town (Kreisstadt), which is
 * where "jobs in this district" searches are centred. Codes are the official five-digit district keys.
 */
export const HARZ_DISTRICTS = [
  { code: '03153', town: 'Goslar', state: 'NI' },
  { code: '03159', town: 'Göttingen', state: 'NI' },
  { code: '15085', town: 'Halberstadt', state: 'ST' },
  { code: '15087', town: 'Sangerhausen', state: 'ST' },
  { code: '16062', town: 'Nordhausen', state: 'TH' },
  { code: '16065', town: 'Sondershausen', state: 'TH' },
] as const

export type HarzDistrict = (typeof HARZ_DISTRICTS)[number]
export type HarzDistrictCode = HarzDistrict['code']

export const HARZ_DISTRICT_CODES: readonly HarzDistrictCode[] = HARZ_DISTRICTS.map((d) => d.code)

export function isHarzDistrictCode(code: string): code is HarzDistrictCode {
  return (HARZ_DISTRICT_CODES as readonly string[]).includes(code)
}
