import type { eventsDe } from './events.de'

export const eventsEn: Record<keyof typeof eventsDe, string> = {
}
