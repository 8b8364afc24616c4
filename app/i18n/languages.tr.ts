import type { languagesDe } from './languages.de'

export const languagesTr: Record<keyof typeof languagesDe, string> = {
  'languages.binding': 'Bu sayfanın yalnızca Almanca metni hukuken bağlayıcıdır. Bu çeviri kolaylık sağlamak amacıyla sunulmuştur.',
  'languages.bindingLink': 'Almanca metni okuyun',
  'languages.applicant': 'Passgenau’yu şu dilde kullanıyor: {language}. Passgenau’dan gelen mesajlar ve e-postalar bu kişiye bu dilde ulaşır.',
}
