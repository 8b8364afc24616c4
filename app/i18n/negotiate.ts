import { type Lang } from './types'
import { INTERFACE_LANGS } from '../../values/accounts'

interface Range {
  tag: string
  quality: number
  position: number
}

// RFC 9110 §12.4.2: a weight is 0 to 1 with at most three decimals; anything else makes the range void.
const WEIGHT = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i
const LANGUAGE_RANGE = /^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/i

/** The language ranges of an Accept-Language header, best first; malformed entries are dropped. */
export function parseAcceptLanguage(header: string | null | undefined): Range[] {
  if (!header) return []
  const ranges: Range[] = []
  // A browser sends a handful; a longer header is someone probing, and only its start is read.
  for (const [position, part] of header.slice(0, 500).split(',').entries()) {
    const [rawTag, ...rawParams] = part.split(';').map((piece) => piece.trim())
    if (!rawTag || !LANGUAGE_RANGE.test(rawTag)) continue
    let quality = 1
    let isValid = true
    for (const param of rawParams) {
      if (!/^q=/i.test(param)) continue
      if (!WEIGHT.test(param)) isValid = false
      else quality = Number(param.slice(2))
    }
    if (isValid) ranges.push({ tag: rawTag.toLowerCase(), quality, position })
  }
  return ranges.sort((a, b) => b.quality - a.quality || a.position - b.position)
}

/**
 * The interface language for a first visit: the most preferred range whose primary language we have
 * ("uk-UA" → uk, "ar-SY" → ar), German when nothing fits. A range with q=0 means "not this one".
 * "*" accepts anything, so it yields German, the source language.
 */
export function negotiateLang(header: string | null | undefined): Lang {
  for (const { tag, quality } of parseAcceptLanguage(header)) {
    if (quality === 0) continue
    if (tag === '*') return 'de'
    const primary = tag.split('-')[0]
    const lang = INTERFACE_LANGS.find((candidate) => candidate === primary)
    if (lang) return lang
  }
  return 'de'
}
