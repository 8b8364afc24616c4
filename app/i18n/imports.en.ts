import type { importsDe } from './imports.de'

export const importsEn: Record<keyof typeof importsDe, string> = {
}
