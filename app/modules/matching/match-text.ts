import { formatNumber, translate, type Lang, type Params } from '~/i18n'
import { formatDate } from '~/utils/format'
import type { MatchNote, NoteParam } from './match-types'

function renderParam(lang: Lang, value: NoteParam): string | number {
  if (typeof value === 'number') return formatNumber(lang, value, { maximumFractionDigits: 1 })
  if (typeof value === 'string') return value
  if ('date' in value) return formatDate(lang, value.date)
  return translate(lang, value.key)
}

/** A reason or gap as the reader sees it: "18 km von Osterode – innerhalb Ihrer 25 km". */
export function renderMatchNote(lang: Lang, note: MatchNote): string {
  const params: Params = {}
  for (const [name, value] of Object.entries(note.params ?? {})) params[name] = renderParam(lang, value)
  return translate(lang, note.key, params)
}
