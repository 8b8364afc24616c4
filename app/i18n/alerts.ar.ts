import type { alertsDe } from './alerts.de'

export const alertsAr: Record<keyof typeof alertsDe, string> = {
  'nav.searches': 'طلبات البحث',

  'alerts.title': 'طلبات البحث',
  'alerts.intro': 'لكل بحث محفوظ نرسل إليك العروض الجديدة بالبريد الإلكتروني – يوميًا أو أسبوعيًا، وفقط عندما يكون هناك جديد.',
  'alerts.empty': 'لم تحفظ أي بحث بعد. ابحث عن وظائف أو أماكن تدريب مهني واختر هناك «حفظ البحث».',
  'alerts.toSearch': 'إلى البحث',
  'alerts.save': 'حفظ البحث',
  'alerts.save.hint': 'ستصلك بعد ذلك العروض الجديدة المناسبة بالبريد الإلكتروني.',
  'alerts.limit': 'يمكنك حفظ 20 بحثًا على الأكثر. يُرجى حذف بحث آخر أولًا.',
  'alerts.name': 'اسم البحث',
  'alerts.frequency': 'رسالة بريد إلكتروني بالعروض الجديدة',
  'alerts.frequency.daily': 'يوميًا',
  'alerts.frequency.weekly': 'أسبوعيًا',
  'alerts.update': 'حفظ التغييرات',
  'alerts.run': 'فتح البحث',
  'alerts.delete': 'حذف البحث',
  'alerts.savedOn': 'حُفظ في {date}',
  'alerts.name.all': 'جميع العروض',
  'alerts.name.where': '{where} (+{radius} كم)',
  'alerts.name.moreFilters':
    '{count, plural, zero {+ 0 عامل تصفية} one {+ عامل تصفية واحد} two {+ عاملا تصفية} few {+ # عوامل تصفية} many {+ # عامل تصفية} other {+ # عامل تصفية}}',

  'alerts.unsubscribe.title': 'إلغاء الاشتراك في رسائل بحث معيّن',
  'alerts.unsubscribe.confirm': 'لن تتلقى بعد الآن رسائل بريد إلكتروني بشأن البحث «{name}»، وسيُحذف البحث المحفوظ.',
  'alerts.unsubscribe.submit': 'إلغاء الاشتراك',
  'alerts.unsubscribe.done': 'تم: لن نرسل إليك بعد الآن رسائل بريد إلكتروني بشأن هذا البحث.',
  'alerts.unsubscribe.gone': 'تم إلغاء الاشتراك في هذه الرسائل بالفعل.',
  'alerts.unsubscribe.invalid':
    'رابط إلغاء الاشتراك هذا غير صالح. يُرجى فتح الرابط الكامل من رسالة البريد الإلكتروني – أو تسجيل الدخول وحذف البحث من «طلبات البحث».',
  'alerts.unsubscribe.manage': 'إدارة جميع طلبات البحث',

  'alerts.mail.count.one': 'عرض جديد واحد',
  'alerts.mail.count.other':
    '{count, plural, zero {لا توجد عروض جديدة} two {عرضان جديدان} few {# عروض جديدة} many {# عرضًا جديدًا} other {# عرض جديد}}',
  'alerts.mail.item': '{title}\n{company}، {place}\n{link}',
  'alerts.mail.more':
    '… و{count, plural, zero {لا شيء آخر} one {عرض آخر} two {عرضان آخران} few {# عروض أخرى} many {# عرضًا آخر} other {# عرض آخر}}.',
  'mail.search-alert.subject': 'عروض جديدة لبحثك «{search}»',
  'mail.search-alert.body':
    'يوجد {countText} لبحثك المحفوظ «{search}»:\n\n{list}\n\nجميع نتائج البحث: {searchLink}\n\nألا تريد تلقي رسائل بريد إلكتروني بشأن هذا البحث بعد الآن؟ ألغِ الاشتراك بنقرة واحدة: {unsubscribeLink}',
}
