import type { counsellingDe } from './counselling.de'

export const counsellingEn: Record<keyof typeof counsellingDe, string> = {
}
