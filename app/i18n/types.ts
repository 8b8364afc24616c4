import type { de } from './de'

export type MessageKey = keyof typeof de
export type Dictionary = Record<MessageKey, string>
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
export type Params = Record<string, string | number>
