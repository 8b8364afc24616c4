import { LOCALES, translate, type Lang, type MessageKey } from '~/i18n'
import { berlinDate, dateTimeFormat, numberFormat, relativeTimeFormat } from './intl'

export type PayPeriod = 'hour' | 'month' | 'year'

export interface Pay {
  payPeriod: PayPeriod | null
  payMin: number | null
  payMax: number | null
  /** Monthly training allowance per training year, first year first. */
  trainingAllowances: number[] | null
}

const PER_PERIOD: Record<PayPeriod, MessageKey> = {
  hour: 'pay.perHour',
  month: 'pay.perMonth',
  year: 'pay.perYear',
}

// Calendar days are counted in the Harz's time zone, so "gestern" flips at German midnight, not UTC's.
const TIME_ZONE = 'Europe/Berlin'
const DAY_MS = 86_400_000

function currency(lang: Lang, fractionDigits: number) {
  return numberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })
}

/** Whole euros without cents ("1.020 €"), cents only when there are any ("13,90 €"). */
export function formatMoney(lang: Lang, amount: number): string {
  return currency(lang, Number.isInteger(amount) ? 0 : 2).format(amount)
}

/** formatRange costs some 60 µs in V8, a hundred times format(); pay ranges repeat, so their text is kept. */
const moneyRanges = new Map<string, string>()
const MONEY_RANGES_KEPT = 2_000

function formatMoneyRange(lang: Lang, min: number, max: number): string {
  const key = `${lang}|${min}|${max}`
  let text = moneyRanges.get(key)
  if (text === undefined) {
    const digits = Number.isInteger(min) && Number.isInteger(max) ? 0 : 2
    text = currency(lang, digits).formatRange(min, max)
    if (moneyRanges.size >= MONEY_RANGES_KEPT) moneyRanges.clear()
    moneyRanges.set(key, text)
  }
  return text
}

/**
 * Pay as a listing shows it: the first-year allowance for training, otherwise the range per period.
 * Null when the listing carries no pay at all.
 */
export function formatPay(lang: Lang, pay: Pay): string | null {
  const first = pay.trainingAllowances?.find((value) => value != null)
  if (first != null) return translate(lang, 'pay.allowanceFrom', { amount: formatMoney(lang, first) })
  const { payMin: min, payMax: max } = pay
  let amount: string
  if (min != null && max != null && max > min) amount = formatMoneyRange(lang, min, max)
  else if (min != null) amount = formatMoney(lang, min)
  else if (max != null) amount = translate(lang, 'pay.upTo', { amount: formatMoney(lang, max) })
  else return null
  return pay.payPeriod ? translate(lang, PER_PERIOD[pay.payPeriod], { amount }) : amount
}

function toDate(value: Date | string): Date {
  // A bare date ("2026-08-01") is a calendar day: read it as UTC midnight and print it in UTC.
  return value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
}

function isDateOnly(value: Date | string): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
}

/** "1. August 2026" / "1 August 2026". */
export function formatDate(lang: Lang, value: Date | string): string {
  return dateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeZone: isDateOnly(value) ? 'UTC' : TIME_ZONE,
  }).format(toDate(value))
}

/** The calendar day of an instant in Germany, as days since the epoch. */
function berlinDay(value: Date | string): number {
  if (isDateOnly(value)) return toDate(value).getTime() / DAY_MS
  return Date.parse(`${berlinDate(toDate(value))}T00:00:00Z`) / DAY_MS
}

/** "heute", "gestern", "vor 3 Tagen", "vor 2 Wochen", "vor 3 Monaten" – counted in calendar days. */
export function formatRelativeDays(lang: Lang, value: Date | string, now: Date | string = new Date()): string {
  const days = Math.round(berlinDay(value) - berlinDay(now))
  const format = relativeTimeFormat(LOCALES[lang], { numeric: 'auto' })
  const past = Math.abs(days)
  if (past < 14) return format.format(days, 'day')
  if (past < 60) return format.format(Math.trunc(days / 7), 'week')
  if (past < 730) return format.format(Math.trunc(days / 30), 'month')
  return format.format(Math.trunc(days / 365), 'year')
}

/** A start date that has passed (or is today) reads as "ab sofort". */
export function formatStart(lang: Lang, startDate: string, now: Date | string = new Date()): string {
  return berlinDay(startDate) <= berlinDay(now) ? translate(lang, 'listing.startNow') : formatDate(lang, startDate)
}

export function formatCount(lang: Lang, value: number): string {
  return numberFormat(LOCALES[lang]).format(value)
}

/**
 * Picks the `.one` (exactly one) or `.other` variant of a message. Languages with more forms, or whose
 * "one" form also covers 21, 31, … (Ukrainian), write the `.other` text as an ICU plural message.
 */
export function pluralKey<K extends string>(_lang: Lang, count: number, keys: { one: K; other: K }): K {
  return count === 1 ? keys.one : keys.other
}
