import type { placesDe } from './places.de'

export const placesEn: Record<keyof typeof placesDe, string> = {
}
