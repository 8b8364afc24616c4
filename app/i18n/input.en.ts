import type { inputDe } from './input.de'

export const inputEn: Record<keyof typeof inputDe, string> = {
  'input.badRequest.title': 'Request not understood',
  'input.badRequest.text': 'The request contains something we cannot process. Please check your input or the address.',
  'input.controlCharacters': 'This field contains control characters, which are not allowed. Please remove them.',
  'input.controlCharactersInAddress': 'The address contains control characters, which are not allowed.',
  'input.malformedForm': 'The form arrived incomplete or damaged. Please send it again.',
  'input.unsupportedMediaType.title': 'Form not readable',
  'input.unsupportedMediaType': 'The form was sent in a format we do not accept. Please send it again from the page.',
  'input.payloadTooLarge.title': 'Too much data',
  'input.payloadTooLarge': 'What was sent is too large. Please use a smaller file or shorter texts.',
  'input.conflict.title': 'That did not work',
  'input.conflict.text': 'This contradicts the current state. Please reload the page and try again.',
}
