/** Answers to input the site cannot take: bad characters, wrong form encodings, impossible values. */
export const inputDe = {
  'input.badRequest.title': 'Anfrage nicht verständlich',
  'input.badRequest.text': 'Die Anfrage enthält Angaben, die wir nicht verarbeiten können. Bitte prüfen Sie die Eingaben oder die Adresse.',
  'input.controlCharacters': 'Dieses Feld enthält Steuerzeichen, die nicht erlaubt sind. Bitte entfernen Sie sie.',
  'input.controlCharactersInAddress': 'Die Adresse enthält Steuerzeichen, die nicht erlaubt sind.',
  'input.malformedForm': 'Das Formular kam unvollständig oder beschädigt an. Bitte senden Sie es erneut.',
  'input.unsupportedMediaType.title': 'Formular nicht lesbar',
  'input.unsupportedMediaType': 'Das Formular wurde in einem Format gesendet, das wir nicht annehmen. Bitte senden Sie es über die Seite erneut.',
  'input.payloadTooLarge.title': 'Zu viele Daten',
  'input.payloadTooLarge': 'Die gesendeten Daten sind zu groß. Bitte verkleinern Sie die Datei oder kürzen Sie die Texte.',
  'input.conflict.title': 'Das ging nicht',
  'input.conflict.text': 'Das widerspricht dem aktuellen Stand. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
} as const
