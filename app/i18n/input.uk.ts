import type { inputDe } from './input.de'

/** Answers to input the site cannot take: bad characters, wrong form encodings, impossible values (Ukrainian). */
export const inputUk: Record<keyof typeof inputDe, string> = {
  'input.badRequest.title': 'Запит незрозумілий',
  'input.badRequest.text': 'Запит містить дані, які ми не можемо обробити. Будь ласка, перевірте введені дані або адресу.',
  'input.controlCharacters': 'Це поле містить недозволені керівні символи. Будь ласка, видаліть їх.',
  'input.controlCharactersInAddress': 'Адреса містить недозволені керівні символи.',
  'input.malformedForm': 'Форма надійшла неповною або пошкодженою. Будь ласка, надішліть її ще раз.',
  'input.unsupportedMediaType.title': 'Форму неможливо прочитати',
  'input.unsupportedMediaType': 'Форму надіслано у форматі, який ми не приймаємо. Будь ласка, надішліть її ще раз через сторінку.',
  'input.payloadTooLarge.title': 'Забагато даних',
  'input.payloadTooLarge': 'Надіслані дані завеликі. Будь ласка, зменште файл або скоротіть тексти.',
  'input.conflict.title': 'Не вдалося',
  'input.conflict.text': 'Це суперечить поточному стану. Будь ласка, перезавантажте сторінку й спробуйте ще раз.',
}
