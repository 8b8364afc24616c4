import type { alertsDe } from './alerts.de'

export const alertsEn: Record<keyof typeof alertsDe, string> = {
  'nav.searches': 'Search alerts',

  'alerts.title': 'Search alerts',
  'alerts.intro': 'For every saved search we e-mail you new offers – daily or weekly, and only when there is something new.',
  'alerts.empty': 'You have not saved a search yet. Search for jobs or apprenticeships and choose “Save search” there.',
  'alerts.toSearch': 'Go to the search',
  'alerts.save': 'Save search',
  'alerts.save.hint': 'You will then get new matching offers by e-mail.',
  'alerts.limit': 'You can save at most 20 searches. Please delete another one first.',
  'alerts.name': 'Name of the search',
  'alerts.frequency': 'E-mail with new offers',
  'alerts.frequency.daily': 'daily',
  'alerts.frequency.weekly': 'weekly',
  'alerts.update': 'Save changes',
  'alerts.run': 'Open search',
  'alerts.delete': 'Delete search',
  'alerts.savedOn': 'Saved on {date}',
  'alerts.name.all': 'All offers',
  'alerts.name.where': '{where} (+{radius} km)',
  'alerts.name.moreFilters': '+ {count} filters',

  'alerts.unsubscribe.title': 'Unsubscribe from a search alert',
  'alerts.unsubscribe.confirm': 'You will no longer get e-mails for the search “{name}”, and the saved search will be deleted.',
  'alerts.unsubscribe.submit': 'Unsubscribe',
  'alerts.unsubscribe.done': 'Done: we will no longer e-mail you about this search.',
  'alerts.unsubscribe.gone': 'These e-mails have already been cancelled.',
  'alerts.unsubscribe.invalid':
    'This unsubscribe link is not valid. Please open the complete link from the e-mail – or sign in and delete the search under “Search alerts”.',
  'alerts.unsubscribe.manage': 'Manage all search alerts',

  'alerts.mail.count.one': 'one new offer',
  'alerts.mail.count.other': '{count} new offers',
  'alerts.mail.item': '{title}\n{company}, {place}\n{link}',
  'alerts.mail.more': '… and {count} more.',
  'mail.search-alert.subject': 'New offers for your search “{search}”',
  'mail.search-alert.body':
    'there are {countText} for your saved search “{search}”:\n\n{list}\n\nAll matches of the search: {searchLink}\n\nNo more e-mails about this search? Unsubscribe with one click: {unsubscribeLink}',
}
