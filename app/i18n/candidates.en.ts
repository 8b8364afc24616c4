import type { candidatesDe } from './candidates.de'

export const candidatesEn: Record<keyof typeof candidatesDe, string> = {
}
