import type { languagesDe } from './languages.de'

export const languagesAr: Record<keyof typeof languagesDe, string> = {
  'languages.binding': 'النسخة الألمانية من هذه الصفحة هي وحدها الملزمة قانونيًا. هذه الترجمة مقدمة للتيسير فقط.',
  'languages.bindingLink': 'قراءة النسخة الألمانية',
  'languages.applicant': 'يستخدم Passgenau باللغة: {language}. تصل الرسائل والبريد الإلكتروني من Passgenau إلى هذا الشخص بهذه اللغة.',
}
