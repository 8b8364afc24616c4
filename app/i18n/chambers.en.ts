import type { chambersDe } from './chambers.de'

export const chambersEn: Record<keyof typeof chambersDe, string> = {
}
