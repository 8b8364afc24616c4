import type { MessageKey } from '~/i18n/types'

/** Field errors carry dictionary keys; the page translates them. */
export type FieldErrors = Partial<Record<string, MessageKey>>

const KINDS = Symbol.for('passgenau.appErrorKinds')
type ErrorClass = { kind?: string } | null

/**
 * The server runs route modules from the built bundle and its edge (server/) from source, so each
 * has its own copy of these classes. `instanceof` therefore checks a kind each error carries, not
 * the class object: an `Invalid` thrown in the bundle is an `Invalid` at the edge too.
 */
export class AppError extends Error {
  static readonly kind: string = 'AppError'

  static [Symbol.hasInstance](value: unknown): boolean {
    const kinds = (value as { [KINDS]?: string[] } | null)?.[KINDS]
    return Array.isArray(kinds) && kinds.includes(this.kind)
  }

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    const kinds: string[] = []
    for (let type = new.target as ErrorClass; type?.kind; type = Object.getPrototypeOf(type) as ErrorClass) kinds.push(type.kind)
    Object.defineProperty(this, KINDS, { value: kinds })
  }
}

/** Same answer for "does not exist" and "not yours". */
export class NotFound extends AppError {
  static readonly kind: string = 'NotFound'

  constructor(what = 'resource') {
    super(404, `${what} not found`)
  }
}

export class Forbidden extends AppError {
  static readonly kind: string = 'Forbidden'

  constructor(message = 'forbidden') {
    super(403, message)
  }
}

export class Invalid extends AppError {
  static readonly kind: string = 'Invalid'

  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formError?: MessageKey,
  ) {
    super(400, 'invalid input')
  }
}

export class Conflict extends Invalid {
  static readonly kind: string = 'Conflict'

  constructor(fieldErrors: FieldErrors, formError?: MessageKey) {
    super(fieldErrors, formError)
    Object.defineProperty(this, 'status', { value: 409 })
  }
}

export class TooManyRequests extends AppError {
  static readonly kind: string = 'TooManyRequests'

  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too many requests')
  }
}

/** A form post in an encoding the site does not read (JSON, text/plain, none, multipart without boundary). */
export class UnsupportedMediaType extends AppError {
  static readonly kind: string = 'UnsupportedMediaType'

  constructor() {
    super(415, 'unsupported media type')
  }
}

/** More bytes than any form of the site takes. */
export class PayloadTooLarge extends AppError {
  static readonly kind: string = 'PayloadTooLarge'

  constructor() {
    super(413, 'payload too large')
  }
}
