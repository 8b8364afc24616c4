import type { counsellingDe } from './counselling.de'

export const counsellingAr: Record<keyof typeof counsellingDe, string> = {
  'nav.counselling': 'الاستشارة من الغرف المهنية',
  'nav.caseload': 'حالات الاستشارة',

  // The seeker's page: consent per chamber, and referrals after a rejection
  'counselling.title': 'الاستشارة من الغرف المهنية',
  'counselling.intro':
    'تساعدك مستشارات ومستشارو التدريب المهني في غرف الحرف (Handwerkskammer) واتحادات الحرفيين في المقاطعات (Kreishandwerkerschaft) على إيجاد مكان تدريب مهني (Ausbildung) أو وظيفة مناسبة. لكي تتمكن غرفة مهنية (Kammer) من تقديم الاستشارة لك، تمنحها موافقتك – ويمكنك سحبها في أي وقت.',
  'counselling.means.title': 'ماذا تعني موافقتك',
  'counselling.means.sees': 'ترى مستشارات ومستشارو هذه الغرفة المهنية:',
  'counselling.means.profile': 'اسمك وملفك الشخصي: الفئة المستهدفة، والشهادة، واللغات، والمعارف، ومكان السكن، والتنقل، والمهن المرغوبة',
  'counselling.means.matches': 'مدى ملاءمة العروض المفتوحة لملفك الشخصي (قيم «ملاءمة بنسبة … %» مع أسبابها)',
  'counselling.means.applications': 'العروض التي تقدمت إليها وحالة كل طلب',
  'counselling.means.notSees': 'لا يرون:',
  'counselling.means.documents': 'مستنداتك (السيرة الذاتية والشهادات)، وخطابات التقديم، ورسائلك مع الشركات',
  'counselling.means.email': 'عنوان بريدك الإلكتروني – نرسل إليك التوصيات بأنفسنا',
  'counselling.means.does':
    'تدوّن الغرفة المهنية ملاحظات عن سير الاستشارة ويمكنها أن توصي لك بعروض. تظهر التوصيات في أعلى «اقتراحات لي»، وتتلقى بشأنها رسالة بالبريد الإلكتروني.',
  'counselling.means.revoke':
    'إذا سحبت موافقتك، فلن تراك الغرفة المهنية بعد ذلك فورًا، وتُحذف ملاحظاتها وتوصياتها المتعلقة بك.',
  'counselling.chambers.title': 'الغرف المهنية',
  'counselling.chambers.empty': 'لم تُسجَّل أي غرف مهنية بعد.',
  'counselling.chamber.granted': 'موافق منذ {date}',
  'counselling.chamber.notGranted': 'لا توجد موافقة',
  'counselling.grant': 'منح الموافقة',
  'counselling.revoke': 'سحب الموافقة',
  'counselling.consent.invalid': 'يُرجى اختيار غرفة مهنية من القائمة.',
  'counselling.done.granted': 'تم حفظ موافقتك. يمكن للغرفة المهنية الآن تقديم الاستشارة لك.',
  'counselling.done.revoked': 'تم سحب موافقتك. لم تعد الغرفة المهنية تراك، وحُذفت ملاحظاتها وتوصياتها المتعلقة بك.',
  'counselling.done.referralConsented': 'لقد وافقت: يمكن الآن للشركات الأعضاء الأخرى المُتحقَّق منها في الغرفة المهنية أن تراك.',
  'counselling.done.referralDeclined': 'تم: لن يراك أحد عبر هذه التوصية.',

  'counselling.referrals.title': 'التوصية بك لدى الشركات الأعضاء',
  'counselling.referrals.intro':
    'إذا رفضت شركة طلبك، يمكنها أن توصي بك لدى شركات أعضاء أخرى في غرفتها المهنية – ولكن فقط بعد موافقتك. يمكنك سحب موافقتك من هنا في أي وقت.',
  'counselling.referrals.empty': 'لم تقترح أي شركة التوصية بك حتى الآن.',
  'counselling.referral.item': 'تريد {company} (بعد رفض طلبك على «{title}») أن توصي بك لدى الشركات الأعضاء في {chamber}.',
  'counselling.referral.status.offered': 'لم ترد بعد – لا أحد يراك',
  'counselling.referral.status.consented': 'وافقت – تراك الشركات الأعضاء الأخرى المُتحقَّق منها في الغرفة المهنية',
  'counselling.referral.status.declined': 'رفضت – لا أحد يراك',
  'counselling.referral.consent': 'موافقة',
  'counselling.referral.decline': 'رفض',
  'counselling.referral.withdraw': 'سحب الموافقة',
  'counselling.referral.consentAgain': 'الموافقة رغم ذلك',
  'counselling.referral.invalid': 'يُرجى اختيار «موافقة» أو «رفض».',

  // The signed link in the referral mail
  'counselling.referral.title': 'التوصية بك لدى شركات أخرى',
  'counselling.referral.lead':
    'رفضت {company} طلبك على «{title}»، لكنها تريد أن توصي بك لدى شركات أخرى. إذا وافقت، فستراك الشركات الأعضاء الأخرى المُتحقَّق منها في {chamber} بوصفك «موصى به».',
  'counselling.referral.means.title': 'ماذا تعني موافقتك',
  'counselling.referral.means.sees':
    'ترى الشركات الأعضاء المُتحقَّق منها في {chamber} (باستثناء {company}) ملفك الشخصي في بحثها عن المتقدمين – الشهادة، واللغات، والمعارف، ومكان السكن، والتنقل، والمهن المرغوبة – ويمكنها دعوتك إلى التقدم بطلب.',
  'counselling.referral.means.notSees': 'لا ترى مستنداتك ولا خطاب التقديم ولا رسائلك ولا سبب الرفض.',
  'counselling.referral.means.withdraw':
    'يمكنك سحب موافقتك في أي وقت من «الاستشارة من الغرف المهنية». إذا رفضت أو لم تفعل شيئًا، فلن يراك أحد.',
  'counselling.referral.current': 'ردك حتى الآن: {status}',
  'counselling.referral.invalidLink':
    'هذا الرابط غير صالح أو منتهي الصلاحية. سجّل الدخول – ويمكنك أن تعطي ردك من «الاستشارة من الغرف المهنية».',
  'counselling.referral.gone': 'هذه التوصية لم تعد موجودة.',
  'counselling.referral.manage': 'إلى «الاستشارة من الغرف المهنية»',

  // The chamber's caseload
  'counselling.caseload.title': 'حالات الاستشارة',
  'counselling.caseload.intro':
    'تظهر هنا فقط الأشخاص الذين منحوا {chamber} موافقتهم على الاستشارة. إذا سحب أحدهم موافقته، تختفي الحالة فورًا – مع ملاحظاتك وتوصياتك.',
  'counselling.caseload.empty': 'لم يمنح أحد بعد {chamber} موافقته.',
  'counselling.caseload.name': 'الاسم',
  'counselling.caseload.home': 'مكان السكن',
  'counselling.caseload.since': 'الموافقة منذ',
  'counselling.caseload.notes': 'الملاحظات',
  'counselling.caseload.lastNote': 'آخر ملاحظة',
  'counselling.caseload.unknown': '–',

  'counselling.case.back': 'العودة إلى حالات الاستشارة',
  'counselling.case.lead': 'الموافقة منذ {date}',
  'counselling.case.profile': 'الملف الشخصي',
  'counselling.case.noProfile': 'لم يملأ الشخص ملفه الشخصي بعد.',
  'counselling.case.wishedOccupations': 'المهن المرغوبة',
  'counselling.case.wishedOfferTypes': 'أنواع العروض المرغوبة',
  'counselling.case.matches': 'أنسب العروض المفتوحة',
  'counselling.case.matches.empty': 'لا يوجد حاليًا عرض مفتوح يناسب الملف الشخصي.',
  'counselling.case.applications': 'الطلبات',
  'counselling.case.applications.empty': 'لا توجد طلبات بعد.',
  'counselling.case.applications.listing': 'العرض',
  'counselling.case.applications.company': 'الشركة',
  'counselling.case.applications.status': 'الحالة',
  'counselling.case.applications.updated': 'آخر تغيير',
  'counselling.case.notes': 'سير الاستشارة',
  'counselling.case.notes.empty': 'لا توجد ملاحظات بعد.',
  'counselling.case.note.by': '{author} في {date}',
  'counselling.case.note.formerStaff': 'مستشارة سابقة أو مستشار سابق',
  'counselling.case.note.add': 'إضافة ملاحظة',
  'counselling.case.note.label': 'ملاحظة جديدة',
  'counselling.case.note.hint': 'لا يرى الملاحظات إلا غرفتك المهنية. وتُحذف إذا سحب الشخص موافقته.',
  'counselling.case.note.submit': 'حفظ الملاحظة',
  'counselling.note.tooLong': '5000 حرف على الأكثر.',
  'counselling.case.recommend.title': 'التوصية بعرض',
  'counselling.case.recommend.listing': 'العرض',
  'counselling.case.recommend.listing.hint': 'أنسب العروض المفتوحة لهذا الملف الشخصي.',
  'counselling.case.recommend.option': '{title} – {company}، {place} (ملاءمة بنسبة {score} %)',
  'counselling.case.recommend.note': 'ملاحظة للشخص (اختياري)',
  'counselling.case.recommend.note.hint': 'تظهر مع التوصية وفي رسالة البريد الإلكتروني المرسلة إلى الشخص.',
  'counselling.case.recommend.submit': 'توصية',
  'counselling.case.recommend.none': 'للتوصية يلزم وجود عروض مفتوحة مناسبة – ولذلك يجب أن يملأ الشخص ملفه الشخصي.',
  'counselling.recommend.choose': 'يُرجى اختيار عرض.',
  'counselling.recommend.noteTooLong': '1000 حرف على الأكثر.',
  'counselling.recommend.notOpen': 'لم يعد هذا العرض مفتوحًا.',
  'counselling.recommend.already': 'أوصت غرفتك المهنية بهذا العرض من قبل.',
  'counselling.case.recommended': 'توصيات غرفتك المهنية',
  'counselling.case.recommended.by': 'أوصى به {author} في {date}',
  'counselling.case.recommended.closed': 'لم يعد مفتوحًا – لم يعد الشخص يراه',
  'counselling.done.note': 'تم حفظ الملاحظة.',
  'counselling.done.recommended': 'تم حفظ التوصية، وسيتلقى الشخص رسالة بالبريد الإلكتروني.',

  // At the top of /me/recommendations
  'counselling.picks.title': 'موصى بها من مستشارك',
  'counselling.picks.by': 'موصى به من {chamber}',
  'counselling.picks.note': 'ملاحظة الغرفة المهنية',
  'counselling.picks.manage': 'إدارة الاستشارة',

  // The employer's rejection form
  'counselling.passOn.legend': 'التوصية بالشخص',
  'counselling.passOn.one': 'التوصية به لدى الشركات الأعضاء الأخرى في {chamber}',
  'counselling.passOn.none': 'عدم التوصية به',
  'counselling.passOn.hint':
    'يتلقى الشخص رسالة بالبريد الإلكتروني ويقرر بنفسه. لا تراه الشركات الأعضاء الأخرى المُتحقَّق منها في بحثها عن المتقدمين إلا بعد موافقته – ولا ترى المستندات وسبب الرفض أبدًا.',
  'counselling.passOn.invalid': 'لا يمكنك التوصية إلا عبر غرفة مهنية تكون شركتك عضوًا مُتحقَّقًا منه فيها.',
  'counselling.passOn.done': 'سُئل الشخص بالبريد الإلكتروني عما إذا كان يرغب في أن يُوصى به.',

  'counselling.mail.noteFrom': 'ملاحظة من {chamber}:',
  'mail.referral-offer.subject': 'تريد {company} أن توصي بك',
  'mail.referral-offer.body':
    'رفضت {company} طلبك، لكنها تريد أن توصي بك لدى شركات أعضاء أخرى في {chamber}.\n\nإذا وافقت، سترى هذه الشركات ملفك الشخصي (وليس مستنداتك ولا سبب الرفض) ويمكنها دعوتك إلى التقدم بطلب. وإذا رفضت أو لم تفعل شيئًا، فلن يراك أحد. يمكنك سحب موافقتك في أي وقت.\n\nيمكنك الموافقة أو الرفض عبر هذا الرابط خلال {days, plural, zero {0 يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}:',
  'mail.counselling-recommendation.subject': 'توصي لك {chamber} بـ: {title}',
  'mail.counselling-recommendation.body':
    'يوصي لك مستشارك لدى {chamber} بالعرض «{title}» من {company}.{note}\n\nتجد التوصية أيضًا في أعلى «اقتراحات لي». إلى العرض:',
}
