import type { inputDe } from './input.de'

export const inputAr: Record<keyof typeof inputDe, string> = {
  'input.badRequest.title': 'الطلب غير مفهوم',
  'input.badRequest.text': 'يحتوي الطلب على بيانات لا يمكننا معالجتها. يُرجى التحقق من المدخلات أو من العنوان.',
  'input.controlCharacters': 'يحتوي هذا الحقل على أحرف تحكم غير مسموح بها. يُرجى إزالتها.',
  'input.controlCharactersInAddress': 'يحتوي العنوان على أحرف تحكم غير مسموح بها.',
  'input.malformedForm': 'وصل النموذج ناقصًا أو تالفًا. يُرجى إرساله مرة أخرى.',
  'input.unsupportedMediaType.title': 'تعذّرت قراءة النموذج',
  'input.unsupportedMediaType': 'أُرسل النموذج بصيغة لا نقبلها. يُرجى إرساله مرة أخرى من خلال الصفحة.',
  'input.payloadTooLarge.title': 'بيانات كثيرة جدًا',
  'input.payloadTooLarge': 'البيانات المرسلة كبيرة جدًا. يُرجى تصغير الملف أو اختصار النصوص.',
  'input.conflict.title': 'تعذّر تنفيذ ذلك',
  'input.conflict.text': 'هذا يتعارض مع الحالة الحالية. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.',
}
