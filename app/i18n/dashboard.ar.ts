import type { dashboardDe } from './dashboard.de'

export const dashboardAr: Record<keyof typeof dashboardDe, string> = {
  'dashboard.link.import': 'استيراد الوظائف',
  'dashboard.link.candidates': 'البحث عن مرشحين',

  'dashboard.totals.title': 'نظرة سريعة',
  'dashboard.totals.openListings': 'العروض المفتوحة',
  'dashboard.totals.applications': 'الطلبات في آخر 7 أيام',
  'dashboard.totals.overdue': 'متأخرة (14 يومًا دون رد)',
  'dashboard.totals.medianReply': 'وقت الرد (الوسيط)',

  'dashboard.reply.none': 'لا يوجد رد بعد',
  'dashboard.reply.underHour': 'أقل من ساعة',
  'dashboard.reply.hours.one': '{count, plural, one {ساعة واحدة} other {# ساعة}}',
  'dashboard.reply.hours.other':
    '{count, plural, zero {0 ساعة} two {ساعتان} few {# ساعات} many {# ساعة} other {# ساعة}}',
  'dashboard.reply.days.one': '{count, plural, one {يوم واحد} other {# يوم}}',
  'dashboard.reply.days.other': '{count, plural, zero {0 يوم} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}',

  'dashboard.listings.title': 'عروضك',
  'dashboard.listings.intro': 'العروض المفتوحة والعروض التي انتهت خلال آخر 30 يومًا. لا تُحتسب مشاهدات أعضاء فريقك.',
  'dashboard.listings.empty': 'ليست لديك حاليًا عروض مفتوحة.',
  'dashboard.listings.new': 'إنشاء عرض جديد',
  'dashboard.col.listing': 'العرض',
  'dashboard.col.views': 'المشاهدات',
  'dashboard.col.applications': 'الطلبات',
  'dashboard.col.reply': 'وقت الرد (الوسيط)',
  'dashboard.col.overdue': 'متأخرة',
  'dashboard.col.actions': 'معالجة الطلبات',
  'dashboard.views.total': '{count} إجمالًا',
  'dashboard.views.recent': '{count} خلال 7 أيام',
  'dashboard.applications.total': '{count} إجمالًا',
  'dashboard.applications.unread': '{count} جديدة',
  'dashboard.action.applicants': 'عرض الطلبات',
  'dashboard.action.csv': 'تنزيل بصيغة CSV',
  'dashboard.action.about': 'بشأن «{title}»',

  'dashboard.trend.title': 'التطور خلال آخر 8 أسابيع',
  'dashboard.trend.caption': 'المشاهدات والطلبات في كل أسبوع، وينتهي الأسبوع الأخير اليوم',
  'dashboard.trend.week': 'الأسبوع',
  'dashboard.trend.views': 'المشاهدات',
  'dashboard.trend.applications': 'الطلبات',
  'dashboard.trend.range': 'من {from} إلى {to}',

  'dashboard.csv.fileName': 'bewerbungen-angebot-{id}.csv',
  'dashboard.csv.name': 'الاسم',
  'dashboard.csv.email': 'البريد الإلكتروني',
  'dashboard.csv.status': 'الحالة',
  'dashboard.csv.appliedAt': 'تاريخ التقديم',
  'dashboard.csv.updatedAt': 'آخر تغيير',
  'dashboard.csv.documents': 'المستندات (العدد)',
  'dashboard.csv.coverLetter': 'خطاب التقديم (البداية)',
}
