import type { MessageKey } from '~/i18n/types'

/** Field errors carry dictionary keys; the page translates them. */
export type FieldErrors = Partial<Record<string, MessageKey>>

export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Same answer for "does not exist" and "not yours". */
export class NotFound extends AppError {
  constructor(what = 'resource') {
    super(404, `${what} not found`)
  }
}

export class Forbidden extends AppError {
  constructor(message = 'forbidden') {
    super(403, message)
  }
}

export class Invalid extends AppError {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly formError?: MessageKey,
  ) {
    super(400, 'invalid input')
  }
}

export class Conflict extends Invalid {
  constructor(fieldErrors: FieldErrors, formError?: MessageKey) {
    super(fieldErrors, formError)
    Object.defineProperty(this, 'status', { value: 409 })
  }
}

export class TooManyRequests extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too many requests')
  }
}

/** A form post in an encoding the site does not read (JSON, text/plain, none, multipart without boundary). */
export class UnsupportedMediaType extends AppError {
  constructor() {
    super(415, 'unsupported media type')
  }
}

/** More bytes than any form of the site takes. */
export class PayloadTooLarge extends AppError {
  constructor() {
    super(413, 'payload too large')
  }
}
