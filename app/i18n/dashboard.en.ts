import type { dashboardDe } from './dashboard.de'

export const dashboardEn: Record<keyof typeof dashboardDe, string> = {
}
