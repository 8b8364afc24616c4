import type { retentionDe } from './retention.de'

export const retentionAr: Record<keyof typeof retentionDe, string> = {
  'retention.days.one': '{n, plural, one {يوم واحد} other {# يوم}}',
  'retention.days.other': '{n, plural, zero {0 يوم} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'retention.months.one': '{n, plural, one {شهر واحد} other {# شهر}}',
  'retention.months.other': '{n, plural, zero {0 شهر} two {شهرين} few {# أشهر} many {# شهرًا} other {# شهر}}',

  'retention.notice.account': 'نحفظ بيانات الحساب حتى تحذف حسابك أو نحذفه نحن بسبب عدم النشاط (انظر أدناه).',
  'retention.notice.unverified': 'نحذف الحساب الذي لم يتم تأكيد عنوان بريده الإلكتروني بعد {unverifiedAccount} من التسجيل.',
  'retention.notice.inactive':
    'إذا لم تسجّل الدخول مدة {inactiveAccount}، فسنراسلك. وإذا لم تسجّل الدخول مرة أخرى بعد ذلك، فسنحذف الحساب مع جميع البيانات بعد {inactiveGrace} من هذه الرسالة.',
  'retention.notice.applications':
    'عند انتهاء إجراءات التقديم (بالرفض أو السحب أو التوظيف مع إغلاق الإعلان)، نحذف بعد {applicationData} خطاب التقديم والرسائل والربط بمستنداتك. فخلال هذه المدة يمكن للشركة الدفاع عن نفسها ضد المطالبات وفقًا للقانون العام للمساواة في المعاملة (AGG) (المادة 6 الفقرة 1 البند f من DSGVO). وستصلك رسالة بالبريد الإلكتروني قبل ذلك بـ {applicationNotice}. ولا تحتفظ الشركة إلا بإدخال مجهول الهوية (التواريخ، والحالة، والمهنة) لإحصاءاتها.',
  'retention.notice.documents': 'تبقى السيرة الذاتية والشهادات في ملفك الشخصي حتى تحذفها أو يُحذف حسابك.',
  'retention.notice.counselling':
    'نحذف ملاحظات الغرفة المهنية حول الاستشارة الخاصة بك بمجرد سحب موافقتك، وفي موعد أقصاه {counsellingNotes} بعد آخر تواصل.',
  'retention.notice.emails':
    'نحذف نص رسائل البريد الإلكتروني التي نرسلها إليك بعد {mailBody} من إرسالها. ونحتفظ بالمستلم والنوع والوقت مدة {mailRecord} كدليل على الإرسال.',
  'retention.notice.signIn':
    'نحذف يوميًا الجلسات المنتهية، والروابط المستخدمة أو المنتهية الصلاحية من رسائل البريد الإلكتروني، وعدادات مكافحة إساءة الاستخدام (مع عناوين IP).',
  'retention.notice.audit': 'نحتفظ بسجل الأمان (من غيّر ماذا ومتى، مع معرّف الحساب فقط) مدة {auditLog}.',
  'retention.notice.listings':
    'تبقى إعلانات الوظائف المغلقة محفوظة مدة {closedListing} كسجل للشركة؛ وبعد ذلك نزيل اسم الشخص المسؤول عن التواصل.',
  'retention.notice.reports':
    'إذا أبلغتم عن محتوى وذكرتم اسمكم أو بريدكم الإلكتروني، نحذفهما بعد {reporterContact} من اتخاذ القرار بشأن بلاغكم. يبقى البلاغ نفسه دون هذه البيانات لأرقام الشفافية لدينا.',
  'retention.notice.views': 'نحصي مرات مشاهدة إعلانات الوظائف كمجموع يومي فقط، دون عنوان IP أو أي معرّف آخر.',
  'retention.notice.logs': 'نحذف سجلات الخادم بعد 14 يومًا.',
  'retention.notice.legal': 'لا تتأثر بذلك التزامات الحفظ القانونية.',

  'mail.application-data-deletion.subject': 'طلبك «{title}»: سيُحذف خطاب التقديم والرسائل في {date}',
  'mail.application-data-deletion.body':
    'انتهت إجراءات تقديمك لدى {company} على «{title}». في {date} سنحذف خطاب التقديم والرسائل والربط بمستنداتك. بعد ذلك لا تحتفظ {company} إلا بإدخال مجهول الهوية لإحصاءاتها الخاصة. تبقى السيرة الذاتية والشهادات في ملفك الشخصي محفوظة.\n\nإذا كنت تريد الاحتفاظ بشيء من ذلك، فنزّل بياناتك قبل ذلك من «الحساب». طلبك:',
  'mail.account-inactive.subject': 'سيُحذف حسابك في Passgenau في {date}',
  'mail.account-inactive.body':
    'مضى على آخر تسجيل دخول لك إلى Passgenau أكثر من {period}. وحتى لا نحفظ بياناتك مدة أطول من اللازم، سنحذف حسابك مع جميع البيانات في {date}.\n\nإذا كنت تريد الاحتفاظ بحسابك، فما عليك إلا تسجيل الدخول قبل ذلك:',
}
