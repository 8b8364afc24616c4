/** The retention schedule: its periods on /datenschutz and the notices it mails (German source). */
export const retentionDe = {
  'retention.days.one': '{n} Tag',
  'retention.days.other': '{n} Tage',
  'retention.months.one': '{n} Monat',
  'retention.months.other': '{n} Monate',

  'retention.notice.account': 'Kontodaten speichern wir, bis Sie Ihr Konto löschen oder wir es wegen Inaktivität löschen (siehe unten).',
  'retention.notice.unverified': 'Ein Konto, dessen E-Mail-Adresse nicht bestätigt wurde, löschen wir {unverifiedAccount} nach der Registrierung.',
  'retention.notice.inactive':
    'Haben Sie sich {inactiveAccount} lang nicht angemeldet, schreiben wir Ihnen. Melden Sie sich danach nicht wieder an, löschen wir das Konto {inactiveGrace} nach dieser Nachricht mit allen Daten.',
  'retention.notice.applications':
    'Ist ein Bewerbungsverfahren beendet (Absage, Rückzug oder Einstellung und die Anzeige ist geschlossen), löschen wir {applicationData} danach Anschreiben, Nachrichten und die Verbindung zu Ihren Unterlagen. So lange kann der Betrieb sich gegen Ansprüche nach dem Allgemeinen Gleichbehandlungsgesetz verteidigen (Art. 6 Abs. 1 lit. f DSGVO). {applicationNotice} vorher bekommen Sie eine E-Mail. Der Betrieb behält nur einen anonymen Eintrag (Daten, Status, Beruf) für seine Statistik.',
  'retention.notice.documents': 'Lebenslauf und Zeugnisse in Ihrem Profil bleiben, bis Sie sie löschen oder Ihr Konto gelöscht wird.',
  'retention.notice.counselling':
    'Notizen einer Kammer zu Ihrer Beratung löschen wir, sobald Sie Ihre Einwilligung widerrufen, spätestens {counsellingNotes} nach dem letzten Kontakt.',
  'retention.notice.emails':
    'Den Text der E-Mails, die wir Ihnen schicken, löschen wir {mailBody} nach dem Versand. Empfänger, Art und Zeitpunkt bewahren wir {mailRecord} lang als Versandnachweis auf.',
  'retention.notice.signIn':
    'Abgelaufene Sitzungen, benutzte oder abgelaufene Links aus E-Mails und die Zähler gegen Missbrauch (mit IP-Adressen) löschen wir täglich.',
  'retention.notice.audit': 'Das Sicherheitsprotokoll (wer wann was geändert hat, nur mit der Kennung des Kontos) bewahren wir {auditLog} lang auf.',
  'retention.notice.listings':
    'Geschlossene Stellenanzeigen bleiben {closedListing} lang als Verlauf des Betriebs erhalten; danach entfernen wir den Namen der Ansprechperson.',
  'retention.notice.reports':
    'Wenn Sie einen Inhalt melden und Namen oder E-Mail-Adresse angeben, löschen wir beides {reporterContact} nach der Entscheidung über Ihre Meldung. Die Meldung selbst bleibt ohne diese Angaben für unsere Transparenzzahlen erhalten.',
  'retention.notice.views': 'Aufrufe von Stellenanzeigen zählen wir nur als Summe je Tag, ohne IP-Adresse oder andere Kennung.',
  'retention.notice.logs': 'Server-Protokolle löschen wir nach 14 Tagen.',
  'retention.notice.legal': 'Gesetzliche Aufbewahrungspflichten bleiben unberührt.',

  'mail.application-data-deletion.subject': 'Ihre Bewerbung „{title}“: Anschreiben und Nachrichten werden am {date} gelöscht',
  'mail.application-data-deletion.body':
    'Ihr Bewerbungsverfahren bei {company} für „{title}“ ist abgeschlossen. Am {date} löschen wir Ihr Anschreiben, die Nachrichten und die Verbindung zu Ihren Unterlagen. {company} behält danach nur einen anonymen Eintrag für die eigene Statistik. Lebenslauf und Zeugnisse in Ihrem Profil bleiben erhalten.\n\nWenn Sie etwas davon aufheben möchten, laden Sie vorher unter „Konto“ Ihre Daten herunter. Ihre Bewerbung:',
  'mail.account-inactive.subject': 'Ihr Passgenau-Konto wird am {date} gelöscht',
  'mail.account-inactive.body':
    'Ihre letzte Anmeldung bei Passgenau liegt mehr als {period} zurück. Damit wir Ihre Daten nicht länger als nötig speichern, löschen wir Ihr Konto mit allen Daten am {date}.\n\nMöchten Sie Ihr Konto behalten, melden Sie sich vorher einfach an:',
} as const
