import type { accountsDe } from './accounts.de'
import type { de } from './de'

/** Dictionaries are split by area; German holds the keys, every other language must match them. */
export type Dictionary = Record<keyof typeof de, string>
export type MessageKey = keyof typeof de | keyof typeof accountsDe
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type Params = Record<string, string | number>
