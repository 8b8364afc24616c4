import { data } from '@remix-run/node'
import type { MessageKey } from '~/i18n/types'
import { stripControlCharacters } from './control-characters'
import { Conflict, Forbidden, Invalid, NotFound, PayloadTooLarge, TooManyRequests, UnsupportedMediaType, type AppError, type FieldErrors } from './errors'

/*
 * The one place where the error vocabulary becomes an answer. The route edge (server/route-edge.ts)
 * applies it to every loader and action, so a route never converts errors itself.
 */

/** What an error page shows (a dictionary key) and what an API client reads (a stable code). */
export interface ErrorPayload {
  code: string
  message: MessageKey
}

/** A refused form: the page shows the errors next to the fields and keeps what was typed. */
export interface FormFailure {
  ok: false
  fieldErrors: FieldErrors
  formError?: MessageKey
  values: Record<string, string>
  intent?: string
  id?: string
}

function describe(error: AppError): ErrorPayload {
  if (error instanceof NotFound) return { code: 'not_found', message: 'error.notFound.text' }
  if (error instanceof Forbidden) return { code: 'forbidden', message: 'error.forbidden.text' }
  if (error instanceof TooManyRequests) return { code: 'too_many_requests', message: 'error.tooManyRequests' }
  if (error instanceof UnsupportedMediaType) return { code: 'unsupported_media_type', message: 'input.unsupportedMediaType' }
  if (error instanceof PayloadTooLarge) return { code: 'payload_too_large', message: 'input.payloadTooLarge' }
  if (error instanceof Conflict) return { code: 'conflict', message: error.formError ?? 'input.conflict.text' }
  if (error instanceof Invalid) return { code: 'invalid', message: error.formError ?? firstFieldError(error) ?? 'input.badRequest.text' }
  return { code: 'error', message: 'input.badRequest.text' }
}

const firstFieldError = (error: Invalid) => Object.values(error.fieldErrors).find(Boolean)

function headersOf(error: AppError): HeadersInit | undefined {
  return error instanceof TooManyRequests ? { 'Retry-After': String(error.retryAfterSeconds) } : undefined
}

/** For pages: thrown, the route's ErrorBoundary renders the status and the message in the reader's language. */
export function errorPage(error: AppError) {
  return data<ErrorPayload>(describe(error), { status: error.status, headers: headersOf(error) })
}

/** For resource routes (files, feeds, the JSON API): a small JSON body with a stable code. */
export function errorResource(error: AppError): Response {
  return Response.json({ error: describe(error).code }, { status: error.status, headers: headersOf(error) })
}

/** Errors a person can fix in the form they sent; anything else is an error page. */
export function isFormRefusal(error: unknown): error is Invalid | TooManyRequests {
  return error instanceof Invalid || error instanceof TooManyRequests
}

/** Values sent back to the form so nothing typed is lost; passwords never travel back. */
export function keepValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !/password/i.test(key) && !(key in values)) values[key] = stripControlCharacters(value)
  }
  return values
}

/**
 * A page's action answer to a refused form: 4xx with field errors, the form's intent and id echoed.
 * The route edge answers every refusal this way; a route calls it itself only to echo more (`extra`).
 * Anything but a refusal is rethrown, for the edge to map.
 */
export function formFailure(error: unknown, form: FormData | undefined, extra: Record<string, string> = {}) {
  if (!isFormRefusal(error)) throw error
  const values = form ? keepValues(form) : {}
  const failure: FormFailure = {
    ok: false,
    fieldErrors: error instanceof Invalid ? error.fieldErrors : {},
    formError: error instanceof Invalid ? error.formError : 'error.tooManyRequests',
    values,
  }
  if (values.intent !== undefined) failure.intent = values.intent
  if (values.id !== undefined) failure.id = values.id
  return data<FormFailure>({ ...failure, ...extra }, { status: error.status, headers: headersOf(error) })
}
