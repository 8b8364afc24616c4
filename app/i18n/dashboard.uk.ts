import type { dashboardDe } from './dashboard.de'

/** Employer dashboard: views, applications, reply times, CSV export (Ukrainian). */
export const dashboardUk: Record<keyof typeof dashboardDe, string> = {
  'dashboard.link.import': 'Імпортувати вакансії',
  'dashboard.link.candidates': 'Пошук кандидатів',

  'dashboard.totals.title': 'Коротко',
  'dashboard.totals.openListings': 'Відкриті пропозиції',
  'dashboard.totals.applications': 'Заявки за останні 7 днів',
  'dashboard.totals.overdue': 'Прострочено (14 днів без відповіді)',
  'dashboard.totals.medianReply': 'Час відповіді (медіана)',

  'dashboard.reply.none': 'відповіді ще немає',
  'dashboard.reply.underHour': 'менше 1 години',
  'dashboard.reply.hours.one': '{count} година',
  'dashboard.reply.hours.other': '{count, plural, few {{count} години} many {{count} годин} other {{count} годин}}',
  'dashboard.reply.days.one': '{count} день',
  'dashboard.reply.days.other': '{count, plural, few {{count} дні} many {{count} днів} other {{count} днів}}',

  'dashboard.listings.title': 'Ваші пропозиції',
  'dashboard.listings.intro': 'Відкриті пропозиції та ті, що завершилися за останні 30 днів. Перегляди членами Вашої команди не враховуються.',
  'dashboard.listings.empty': 'Зараз у Вас немає відкритих пропозицій.',
  'dashboard.listings.new': 'Створити нову пропозицію',
  'dashboard.col.listing': 'Пропозиція',
  'dashboard.col.views': 'Перегляди',
  'dashboard.col.applications': 'Заявки',
  'dashboard.col.reply': 'Час відповіді (медіана)',
  'dashboard.col.overdue': 'Прострочено',
  'dashboard.col.actions': 'Опрацювати заявки',
  'dashboard.views.total': '{count} загалом',
  'dashboard.views.recent': '{count} за 7 днів',
  'dashboard.applications.total': '{count} загалом',
  'dashboard.applications.unread': '{count} нових',
  'dashboard.action.applicants': 'Переглянути заявки',
  'dashboard.action.csv': 'Завантажити у форматі CSV',
  'dashboard.action.about': 'щодо «{title}»',

  'dashboard.trend.title': 'Динаміка за останні 8 тижнів',
  'dashboard.trend.caption': 'Перегляди та заявки за тиждень, останній тиждень закінчується сьогодні',
  'dashboard.trend.week': 'Тиждень',
  'dashboard.trend.views': 'Перегляди',
  'dashboard.trend.applications': 'Заявки',
  'dashboard.trend.range': 'з {from} до {to}',

  'dashboard.csv.fileName': 'applications-listing-{id}.csv',
  'dashboard.csv.name': 'Ім’я',
  'dashboard.csv.email': 'Електронна пошта',
  'dashboard.csv.status': 'Статус',
  'dashboard.csv.appliedAt': 'Дата подання',
  'dashboard.csv.updatedAt': 'Остання зміна',
  'dashboard.csv.documents': 'Документи (кількість)',
  'dashboard.csv.coverLetter': 'Супровідний лист (початок)',
}
