import type { languagesDe } from './languages.de'

export const languagesUk: Record<keyof typeof languagesDe, string> = {
  'languages.binding': 'Юридично обов’язковою є лише німецька версія цієї сторінки. Цей переклад надано для зручності.',
  'languages.bindingLink': 'Читати німецьку версію',
  'languages.applicant': 'Користується Passgenau такою мовою: {language}. Повідомлення та листи від Passgenau ця особа отримує цією мовою.',
}
