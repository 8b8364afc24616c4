/** Saved searches, search alerts and unsubscribing from them (German source). */
export const alertsDe = {
  'nav.searches': 'Suchaufträge',

  'alerts.title': 'Suchaufträge',
  'alerts.intro': 'Zu jeder gespeicherten Suche schicken wir Ihnen neue Angebote per E-Mail – täglich oder wöchentlich, und nur, wenn es etwas Neues gibt.',
  'alerts.empty': 'Sie haben noch keine Suche gespeichert. Suchen Sie nach Jobs oder Ausbildungsplätzen und wählen Sie dort „Suche speichern“.',
  'alerts.toSearch': 'Zur Suche',
  'alerts.save': 'Suche speichern',
  'alerts.save.hint': 'Neue passende Angebote bekommen Sie dann per E-Mail.',
  'alerts.limit': 'Sie können höchstens 20 Suchen speichern. Bitte löschen Sie zuerst eine andere.',
  'alerts.name': 'Name der Suche',
  'alerts.frequency': 'E-Mail mit neuen Angeboten',
  'alerts.frequency.daily': 'täglich',
  'alerts.frequency.weekly': 'wöchentlich',
  'alerts.update': 'Änderungen speichern',
  'alerts.run': 'Suche öffnen',
  'alerts.delete': 'Suche löschen',
  'alerts.savedOn': 'Gespeichert am {date}',
  'alerts.name.all': 'Alle Angebote',
  'alerts.name.where': '{where} (+{radius} km)',
  'alerts.name.moreFilters': '+ {count} Filter',

  'alerts.unsubscribe.title': 'E-Mails zu einer Suche abbestellen',
  'alerts.unsubscribe.confirm': 'Sie erhalten keine E-Mails mehr zur Suche „{name}“, und die gespeicherte Suche wird gelöscht.',
  'alerts.unsubscribe.submit': 'Abbestellen',
  'alerts.unsubscribe.done': 'Erledigt: Zu dieser Suche schicken wir Ihnen keine E-Mails mehr.',
  'alerts.unsubscribe.gone': 'Diese E-Mails sind bereits abbestellt.',
  'alerts.unsubscribe.invalid':
    'Dieser Abmeldelink ist ungültig. Bitte öffnen Sie den vollständigen Link aus der E-Mail – oder melden Sie sich an und löschen Sie die Suche unter „Suchaufträge“.',
  'alerts.unsubscribe.manage': 'Alle Suchaufträge verwalten',

  'alerts.mail.count.one': 'ein neues Angebot',
  'alerts.mail.count.other': '{count} neue Angebote',
  'alerts.mail.item': '{title}\n{company}, {place}\n{link}',
  'alerts.mail.more': '… und {count} weitere.',
  'mail.search-alert.subject': 'Neue Angebote für Ihre Suche „{search}“',
  'mail.search-alert.body':
    'es gibt {countText} für Ihre gespeicherte Suche „{search}“:\n\n{list}\n\nAlle Treffer der Suche: {searchLink}\n\nSie möchten zu dieser Suche keine E-Mails mehr? Mit einem Klick abbestellen: {unsubscribeLink}',
} as const
