import type { alertsDe } from './alerts.de'

/** Saved searches, search alerts and unsubscribing from them (Ukrainian). */
export const alertsUk: Record<keyof typeof alertsDe, string> = {
  'nav.searches': 'Підписки на пошук',

  'alerts.title': 'Підписки на пошук',
  'alerts.intro': 'Для кожного збереженого пошуку ми надсилаємо Вам нові пропозиції електронною поштою – щодня або щотижня, і лише тоді, коли є щось нове.',
  'alerts.empty': 'Ви ще не зберегли жодного пошуку. Шукайте вакансії або місця професійного навчання та оберіть там «Зберегти пошук».',
  'alerts.toSearch': 'До пошуку',
  'alerts.save': 'Зберегти пошук',
  'alerts.save.hint': 'Тоді Ви отримуватимете нові відповідні пропозиції електронною поштою.',
  'alerts.limit': 'Можна зберегти щонайбільше 20 пошуків. Будь ласка, спершу видаліть інший.',
  'alerts.name': 'Назва пошуку',
  'alerts.frequency': 'Лист із новими пропозиціями',
  'alerts.frequency.daily': 'щодня',
  'alerts.frequency.weekly': 'щотижня',
  'alerts.update': 'Зберегти зміни',
  'alerts.run': 'Відкрити пошук',
  'alerts.delete': 'Видалити пошук',
  'alerts.savedOn': 'Збережено {date}',
  'alerts.name.all': 'Усі пропозиції',
  'alerts.name.where': '{where} (+{radius} км)',
  'alerts.name.moreFilters': '+ {count, plural, one {{count} фільтр} few {{count} фільтри} many {{count} фільтрів} other {{count} фільтрів}}',

  'alerts.unsubscribe.title': 'Відписатися від листів щодо пошуку',
  'alerts.unsubscribe.confirm': 'Ви більше не отримуватимете листів щодо пошуку «{name}», а збережений пошук буде видалено.',
  'alerts.unsubscribe.submit': 'Відписатися',
  'alerts.unsubscribe.done': 'Готово: щодо цього пошуку ми більше не надсилатимемо Вам листів.',
  'alerts.unsubscribe.gone': 'Від цих листів Ви вже відписалися.',
  'alerts.unsubscribe.invalid':
    'Це посилання для відписки недійсне. Будь ласка, відкрийте повне посилання з листа – або увійдіть і видаліть пошук у розділі «Підписки на пошук».',
  'alerts.unsubscribe.manage': 'Керувати всіма підписками на пошук',

  'alerts.mail.count.one': 'одна нова пропозиція',
  'alerts.mail.count.other': '{count, plural, few {{count} нові пропозиції} many {{count} нових пропозицій} other {{count} нових пропозицій}}',
  'alerts.mail.item': '{title}\n{company}, {place}\n{link}',
  'alerts.mail.more': '… і ще {count}.',
  'mail.search-alert.subject': 'Нові пропозиції для Вашого пошуку «{search}»',
  'mail.search-alert.body':
    'Для Вашого збереженого пошуку «{search}» є {countText}:\n\n{list}\n\nУсі результати пошуку: {searchLink}\n\nНе хочете більше отримувати листи щодо цього пошуку? Відпишіться одним кліком: {unsubscribeLink}',
}
