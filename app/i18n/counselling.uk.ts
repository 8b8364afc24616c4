import type { counsellingDe } from './counselling.de'

/** Counselling by chambers and passing on rejected applicants (Ukrainian). */
export const counsellingUk: Record<keyof typeof counsellingDe, string> = {
  'nav.counselling': 'Консультації від палат',
  'nav.caseload': 'Консультаційні випадки',

  // The seeker's page: consent per chamber, and referrals after a rejection
  'counselling.title': 'Консультації від палат',
  'counselling.intro':
    'Консультантки та консультанти з професійного навчання ремісничих палат (Handwerkskammer) та районних ремісничих об’єднань (Kreishandwerkerschaft) допоможуть Вам знайти відповідне місце професійного навчання (Ausbildung) або роботу. Щоб палата могла Вас консультувати, дайте їй свою згоду – Ви можете будь-коли її відкликати.',
  'counselling.means.title': 'Що означає Ваша згода',
  'counselling.means.sees': 'Консультантки та консультанти цієї палати бачать:',
  'counselling.means.profile': 'Ваше ім’я та Ваш профіль: цільову групу, освіту, мови, знання, місце проживання, мобільність, бажані професії',
  'counselling.means.matches': 'наскільки відкриті пропозиції відповідають Вашому профілю (значення «Відповідність … %» з причинами)',
  'counselling.means.applications': 'на які пропозиції Ви подали заявки та який у них стан',
  'counselling.means.notSees': 'Вони не бачать:',
  'counselling.means.documents': 'Ваших документів (резюме, свідоцтва), Ваших супровідних листів і Ваших повідомлень з підприємствами',
  'counselling.means.email': 'Вашої адреси електронної пошти – рекомендації ми надсилаємо Вам самі',
  'counselling.means.does':
    'Палата веде нотатки про хід консультацій і може рекомендувати Вам пропозиції. Рекомендації показуються на самому верху в розділі «Пропозиції для мене», і Ви отримуєте про них лист.',
  'counselling.means.revoke':
    'Якщо Ви відкличете свою згоду, палата одразу перестане Вас бачити, а її нотатки та рекомендації щодо Вас буде видалено.',
  'counselling.chambers.title': 'Палати',
  'counselling.chambers.empty': 'Ще не зареєстровано жодної палати.',
  'counselling.chamber.granted': 'Згоду надано {date}',
  'counselling.chamber.notGranted': 'Згоди немає',
  'counselling.grant': 'Надати згоду',
  'counselling.revoke': 'Відкликати згоду',
  'counselling.consent.invalid': 'Будь ласка, оберіть палату зі списку.',
  'counselling.done.granted': 'Вашу згоду збережено. Тепер палата може Вас консультувати.',
  'counselling.done.revoked': 'Вашу згоду відкликано. Палата більше Вас не бачить; її нотатки та рекомендації щодо Вас видалено.',
  'counselling.done.referralConsented': 'Ви погодилися: тепер Вас можуть бачити інші перевірені підприємства-члени палати.',
  'counselling.done.referralDeclined': 'Готово: через цю рекомендацію Вас ніхто не бачить.',

  'counselling.referrals.title': 'Рекомендація підприємствам-членам',
  'counselling.referrals.intro':
    'Якщо підприємство відмовило на Вашу заявку, воно може рекомендувати Вас іншим підприємствам-членам своєї палати – але лише після Вашої згоди. Свою згоду Ви можете тут будь-коли відкликати.',
  'counselling.referrals.empty': 'Поки що жодне підприємство не запропонувало Вас рекомендувати.',
  'counselling.referral.item': '{company} (відмова на «{title}») хоче рекомендувати Вас підприємствам-членам {chamber}.',
  'counselling.referral.status.offered': 'Ще без відповіді – Вас ніхто не бачить',
  'counselling.referral.status.consented': 'Згоду надано – Вас бачать інші перевірені підприємства-члени палати',
  'counselling.referral.status.declined': 'Відхилено – Вас ніхто не бачить',
  'counselling.referral.consent': 'Погодитися',
  'counselling.referral.decline': 'Відхилити',
  'counselling.referral.withdraw': 'Відкликати згоду',
  'counselling.referral.consentAgain': 'Усе ж погодитися',
  'counselling.referral.invalid': 'Будь ласка, оберіть «Погодитися» або «Відхилити».',

  // The signed link in the referral mail
  'counselling.referral.title': 'Рекомендація іншим підприємствам',
  'counselling.referral.lead':
    '{company} відмовило на Вашу заявку на «{title}», але хоче рекомендувати Вас іншим підприємствам. Якщо Ви погодитеся, інші перевірені підприємства-члени {chamber} бачитимуть Вас із позначкою «рекомендовано».',
  'counselling.referral.means.title': 'Що означає Ваша згода',
  'counselling.referral.means.sees':
    'Перевірені підприємства-члени {chamber} (крім {company}) бачать у пошуку кандидатів Ваш профіль – освіту, мови, знання, місце проживання, мобільність, бажані професії – і можуть запросити Вас подати заявку.',
  'counselling.referral.means.notSees': 'Вони не бачать Ваших документів, Вашого супровідного листа, Ваших повідомлень і причини відмови.',
  'counselling.referral.means.withdraw':
    'Свою згоду Ви можете будь-коли відкликати в розділі «Консультації від палат». Якщо Ви відхилите пропозицію або нічого не зробите, Вас ніхто не бачитиме.',
  'counselling.referral.current': 'Ваша відповідь на цей момент: {status}',
  'counselling.referral.invalidLink':
    'Це посилання недійсне або його строк минув. Увійдіть – у розділі «Консультації від палат» Ви й надалі можете дати свою відповідь.',
  'counselling.referral.gone': 'Цієї рекомендації більше не існує.',
  'counselling.referral.manage': 'До розділу «Консультації від палат»',

  // The chamber's caseload
  'counselling.caseload.title': 'Консультаційні випадки',
  'counselling.caseload.intro':
    'Тут показано лише осіб, які дали {chamber} згоду на консультування. Якщо хтось відкликає згоду, випадок одразу зникає – разом з Вашими нотатками та рекомендаціями.',
  'counselling.caseload.empty': 'Поки що ніхто не дав {chamber} своєї згоди.',
  'counselling.caseload.name': 'Ім’я',
  'counselling.caseload.home': 'Місце проживання',
  'counselling.caseload.since': 'Згода з',
  'counselling.caseload.notes': 'Нотатки',
  'counselling.caseload.lastNote': 'Остання нотатка',
  'counselling.caseload.unknown': '–',

  'counselling.case.back': 'Назад до консультаційних випадків',
  'counselling.case.lead': 'Згода з {date}',
  'counselling.case.profile': 'Профіль',
  'counselling.case.noProfile': 'Особа ще не заповнила свій профіль.',
  'counselling.case.wishedOccupations': 'Бажані професії',
  'counselling.case.wishedOfferTypes': 'Бажані види пропозицій',
  'counselling.case.matches': 'Найбільш відповідні відкриті пропозиції',
  'counselling.case.matches.empty': 'Зараз жодна відкрита пропозиція не відповідає профілю.',
  'counselling.case.applications': 'Заявки',
  'counselling.case.applications.empty': 'Заявок ще немає.',
  'counselling.case.applications.listing': 'Пропозиція',
  'counselling.case.applications.company': 'Підприємство',
  'counselling.case.applications.status': 'Стан',
  'counselling.case.applications.updated': 'Остання зміна',
  'counselling.case.notes': 'Хід консультацій',
  'counselling.case.notes.empty': 'Нотаток ще немає.',
  'counselling.case.note.by': '{author}, {date}',
  'counselling.case.note.formerStaff': 'колишня консультантка або колишній консультант',
  'counselling.case.note.add': 'Додати нотатку',
  'counselling.case.note.label': 'Нова нотатка',
  'counselling.case.note.hint': 'Нотатки бачить лише Ваша палата. Їх буде видалено, якщо особа відкличе свою згоду.',
  'counselling.case.note.submit': 'Зберегти нотатку',
  'counselling.note.tooLong': 'Щонайбільше 5000 символів.',
  'counselling.case.recommend.title': 'Рекомендувати пропозицію',
  'counselling.case.recommend.listing': 'Пропозиція',
  'counselling.case.recommend.listing.hint': 'Найбільш відповідні відкриті пропозиції для цього профілю.',
  'counselling.case.recommend.option': '{title} – {company}, {place} (відповідність {score} %)',
  'counselling.case.recommend.note': 'Нотатка для особи (необов’язково)',
  'counselling.case.recommend.note.hint': 'Показується разом із рекомендацією та в листі особі.',
  'counselling.case.recommend.submit': 'Рекомендувати',
  'counselling.case.recommend.none': 'Щоб рекомендувати, потрібні відповідні відкриті пропозиції – для цього особа має заповнити свій профіль.',
  'counselling.recommend.choose': 'Будь ласка, оберіть пропозицію.',
  'counselling.recommend.noteTooLong': 'Щонайбільше 1000 символів.',
  'counselling.recommend.notOpen': 'Ця пропозиція вже не відкрита.',
  'counselling.recommend.already': 'Ваша палата вже рекомендувала цю пропозицію.',
  'counselling.case.recommended': 'Рекомендації Вашої палати',
  'counselling.case.recommended.by': 'рекомендовано: {author}, {date}',
  'counselling.case.recommended.closed': 'уже не відкрита – особа її більше не бачить',
  'counselling.done.note': 'Нотатку збережено.',
  'counselling.done.recommended': 'Рекомендацію збережено, особа отримає лист.',

  // At the top of /me/recommendations
  'counselling.picks.title': 'Рекомендовано Вашою консультацією',
  'counselling.picks.by': 'рекомендує {chamber}',
  'counselling.picks.note': 'Нотатка палати',
  'counselling.picks.manage': 'Керувати консультаціями',

  // The employer's rejection form
  'counselling.passOn.legend': 'Рекомендувати далі',
  'counselling.passOn.one': 'рекомендувати іншим підприємствам-членам {chamber}',
  'counselling.passOn.none': 'не рекомендувати',
  'counselling.passOn.hint':
    'Особа отримає лист і вирішить сама. Лише коли вона погодиться, інші перевірені підприємства-члени бачитимуть її в пошуку кандидатів – але ніколи не документи та причину відмови.',
  'counselling.passOn.invalid': 'Рекомендувати далі можна лише через палату, перевіреним членом якої є Ваше підприємство.',
  'counselling.passOn.done': 'Особу запитали електронною поштою, чи хоче вона, щоб її рекомендували.',

  'counselling.mail.noteFrom': 'Нотатка від {chamber}:',
  'mail.referral-offer.subject': '{company} хоче Вас рекомендувати',
  'mail.referral-offer.body':
    '{company} відмовило Вам, але хоче рекомендувати Вас іншим підприємствам-членам {chamber}.\n\nЯкщо Ви погодитеся, ці підприємства бачитимуть Ваш профіль (не Ваші документи й не причину відмови) і зможуть запросити Вас подати заявку. Якщо Ви відхилите пропозицію або нічого не зробите, Вас ніхто не бачитиме. Ви можете будь-коли відкликати свою згоду.\n\nПогодитися або відхилити можна протягом {days, plural, one {{days} дня} few {{days} днів} many {{days} днів} other {{days} днів}} за цим посиланням:',
  'mail.counselling-recommendation.subject': '{chamber} рекомендує Вам: {title}',
  'mail.counselling-recommendation.body':
    'Ваша консультація в {chamber} рекомендує Вам пропозицію «{title}» від {company}.{note}\n\nЦю рекомендацію Ви також знайдете на самому верху в розділі «Пропозиції для мене». До пропозиції:',
}
