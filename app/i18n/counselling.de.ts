/** Counselling by chambers and passing on rejected applicants (German source). */
export const counsellingDe = {
  'nav.counselling': 'Beratung durch Kammern',
  'nav.caseload': 'Beratungsfälle',

  // The seeker's page: consent per chamber, and referrals after a rejection
  'counselling.title': 'Beratung durch Kammern',
  'counselling.intro':
    'Die Ausbildungsberaterinnen und -berater der Handwerkskammern und Kreishandwerkerschaften helfen Ihnen, einen passenden Ausbildungsplatz oder Job zu finden. Damit eine Kammer Sie beraten kann, geben Sie ihr Ihr Einverständnis – und können es jederzeit zurücknehmen.',
  'counselling.means.title': 'Was Ihr Einverständnis bedeutet',
  'counselling.means.sees': 'Die Beraterinnen und Berater dieser Kammer sehen:',
  'counselling.means.profile': 'Ihren Namen und Ihr Profil: Zielgruppe, Abschluss, Sprachen, Kenntnisse, Wohnort, Mobilität, Wunschberufe',
  'counselling.means.matches': 'wie gut offene Angebote zu Ihrem Profil passen (die Werte „Passt zu … %“ mit ihren Gründen)',
  'counselling.means.applications': 'bei welchen Angeboten Sie sich beworben haben und wie der Stand jeweils ist',
  'counselling.means.notSees': 'Sie sehen nicht:',
  'counselling.means.documents': 'Ihre Unterlagen (Lebenslauf, Zeugnisse), Ihre Anschreiben und Ihre Nachrichten mit Betrieben',
  'counselling.means.email': 'Ihre E-Mail-Adresse – Empfehlungen schicken wir Ihnen selbst',
  'counselling.means.does':
    'Die Kammer hält Notizen zum Verlauf der Beratung fest und kann Ihnen Angebote empfehlen. Empfehlungen stehen ganz oben unter „Vorschläge für mich“, und Sie bekommen dazu eine E-Mail.',
  'counselling.means.revoke':
    'Nehmen Sie Ihr Einverständnis zurück, sieht die Kammer Sie sofort nicht mehr, und ihre Notizen und Empfehlungen zu Ihnen werden gelöscht.',
  'counselling.chambers.title': 'Kammern',
  'counselling.chambers.empty': 'Es sind noch keine Kammern eingetragen.',
  'counselling.chamber.granted': 'Einverstanden seit {date}',
  'counselling.chamber.notGranted': 'Kein Einverständnis',
  'counselling.grant': 'Einverständnis geben',
  'counselling.revoke': 'Einverständnis zurücknehmen',
  'counselling.consent.invalid': 'Bitte wählen Sie eine Kammer aus der Liste.',
  'counselling.done.granted': 'Ihr Einverständnis ist gespeichert. Die Kammer kann Sie jetzt beraten.',
  'counselling.done.revoked': 'Ihr Einverständnis ist zurückgenommen. Die Kammer sieht Sie nicht mehr; ihre Notizen und Empfehlungen zu Ihnen sind gelöscht.',
  'counselling.done.referralConsented': 'Sie haben zugestimmt: Andere geprüfte Mitgliedsbetriebe der Kammer können Sie jetzt sehen.',
  'counselling.done.referralDeclined': 'Erledigt: Niemand sieht Sie über diese Empfehlung.',

  'counselling.referrals.title': 'Weiterempfehlung an Mitgliedsbetriebe',
  'counselling.referrals.intro':
    'Hat ein Betrieb Ihre Bewerbung abgesagt, kann er Sie anderen Mitgliedsbetrieben seiner Kammer empfehlen – aber erst, wenn Sie zustimmen. Ihre Zustimmung können Sie hier jederzeit zurückziehen.',
  'counselling.referrals.empty': 'Bisher hat Sie kein Betrieb zur Weiterempfehlung vorgeschlagen.',
  'counselling.referral.item': '{company} (Absage auf „{title}“) möchte Sie an Mitgliedsbetriebe der {chamber} weiterempfehlen.',
  'counselling.referral.status.offered': 'Noch nicht beantwortet – niemand sieht Sie',
  'counselling.referral.status.consented': 'Zugestimmt – andere geprüfte Mitgliedsbetriebe der Kammer sehen Sie',
  'counselling.referral.status.declined': 'Abgelehnt – niemand sieht Sie',
  'counselling.referral.consent': 'Zustimmen',
  'counselling.referral.decline': 'Ablehnen',
  'counselling.referral.withdraw': 'Zustimmung zurückziehen',
  'counselling.referral.consentAgain': 'Doch zustimmen',
  'counselling.referral.invalid': 'Bitte wählen Sie „Zustimmen“ oder „Ablehnen“.',

  // The signed link in the referral mail
  'counselling.referral.title': 'Weiterempfehlung an andere Betriebe',
  'counselling.referral.lead':
    '{company} hat Ihre Bewerbung auf „{title}“ abgesagt, möchte Sie aber anderen Betrieben empfehlen. Wenn Sie zustimmen, sehen die anderen geprüften Mitgliedsbetriebe der {chamber} Sie als „empfohlen“.',
  'counselling.referral.means.title': 'Was Ihre Zustimmung bedeutet',
  'counselling.referral.means.sees':
    'Geprüfte Mitgliedsbetriebe der {chamber} (außer {company}) sehen in ihrer Bewerbersuche Ihr Profil – Abschluss, Sprachen, Kenntnisse, Wohnort, Mobilität, Wunschberufe – und können Sie einladen, sich zu bewerben.',
  'counselling.referral.means.notSees': 'Sie sehen nicht Ihre Unterlagen, Ihr Anschreiben, Ihre Nachrichten und nicht den Grund der Absage.',
  'counselling.referral.means.withdraw':
    'Ihre Zustimmung können Sie jederzeit unter „Beratung durch Kammern“ zurückziehen. Wenn Sie ablehnen oder nichts tun, sieht Sie niemand.',
  'counselling.referral.current': 'Ihre Antwort bisher: {status}',
  'counselling.referral.invalidLink':
    'Dieser Link ist ungültig oder abgelaufen. Melden Sie sich an – unter „Beratung durch Kammern“ können Sie Ihre Antwort weiterhin geben.',
  'counselling.referral.gone': 'Diese Weiterempfehlung gibt es nicht mehr.',
  'counselling.referral.manage': 'Zu „Beratung durch Kammern“',

  // The chamber's caseload
  'counselling.caseload.title': 'Beratungsfälle',
  'counselling.caseload.intro':
    'Hier stehen nur Personen, die der {chamber} ihr Einverständnis zur Beratung gegeben haben. Nimmt jemand es zurück, verschwindet der Fall sofort – mit Ihren Notizen und Empfehlungen.',
  'counselling.caseload.empty': 'Noch hat niemand der {chamber} sein Einverständnis gegeben.',
  'counselling.caseload.name': 'Name',
  'counselling.caseload.home': 'Wohnort',
  'counselling.caseload.since': 'Einverständnis seit',
  'counselling.caseload.notes': 'Notizen',
  'counselling.caseload.lastNote': 'Letzte Notiz',
  'counselling.caseload.unknown': '–',

  'counselling.case.back': 'Zurück zu den Beratungsfällen',
  'counselling.case.lead': 'Einverständnis seit {date}',
  'counselling.case.profile': 'Profil',
  'counselling.case.noProfile': 'Die Person hat ihr Profil noch nicht ausgefüllt.',
  'counselling.case.wishedOccupations': 'Wunschberufe',
  'counselling.case.wishedOfferTypes': 'Gewünschte Angebotsarten',
  'counselling.case.matches': 'Am besten passende offene Angebote',
  'counselling.case.matches.empty': 'Gerade passt kein offenes Angebot zum Profil.',
  'counselling.case.applications': 'Bewerbungen',
  'counselling.case.applications.empty': 'Noch keine Bewerbungen.',
  'counselling.case.applications.listing': 'Angebot',
  'counselling.case.applications.company': 'Betrieb',
  'counselling.case.applications.status': 'Stand',
  'counselling.case.applications.updated': 'Zuletzt geändert',
  'counselling.case.notes': 'Verlauf der Beratung',
  'counselling.case.notes.empty': 'Noch keine Notizen.',
  'counselling.case.note.by': '{author} am {date}',
  'counselling.case.note.formerStaff': 'ehemalige Beraterin oder ehemaliger Berater',
  'counselling.case.note.add': 'Notiz hinzufügen',
  'counselling.case.note.label': 'Neue Notiz',
  'counselling.case.note.hint': 'Nur Ihre Kammer sieht die Notizen. Sie werden gelöscht, wenn die Person ihr Einverständnis zurücknimmt.',
  'counselling.case.note.submit': 'Notiz speichern',
  'counselling.note.tooLong': 'Höchstens 5.000 Zeichen.',
  'counselling.case.recommend.title': 'Angebot empfehlen',
  'counselling.case.recommend.listing': 'Angebot',
  'counselling.case.recommend.listing.hint': 'Die am besten passenden offenen Angebote für das Profil.',
  'counselling.case.recommend.option': '{title} – {company}, {place} (passt zu {score} %)',
  'counselling.case.recommend.note': 'Notiz an die Person (freiwillig)',
  'counselling.case.recommend.note.hint': 'Steht bei der Empfehlung und in der E-Mail an die Person.',
  'counselling.case.recommend.submit': 'Empfehlen',
  'counselling.case.recommend.none': 'Zum Empfehlen braucht es passende offene Angebote – dafür muss die Person ihr Profil ausfüllen.',
  'counselling.recommend.choose': 'Bitte wählen Sie ein Angebot.',
  'counselling.recommend.noteTooLong': 'Höchstens 1.000 Zeichen.',
  'counselling.recommend.notOpen': 'Dieses Angebot ist nicht mehr offen.',
  'counselling.recommend.already': 'Dieses Angebot hat Ihre Kammer schon empfohlen.',
  'counselling.case.recommended': 'Empfehlungen Ihrer Kammer',
  'counselling.case.recommended.by': 'empfohlen von {author} am {date}',
  'counselling.case.recommended.closed': 'nicht mehr offen – die Person sieht es nicht mehr',
  'counselling.done.note': 'Die Notiz ist gespeichert.',
  'counselling.done.recommended': 'Die Empfehlung ist gespeichert, und die Person bekommt eine E-Mail.',

  // At the top of /me/recommendations
  'counselling.picks.title': 'Empfohlen von Ihrer Beratung',
  'counselling.picks.by': 'empfohlen von {chamber}',
  'counselling.picks.note': 'Notiz der Kammer',
  'counselling.picks.manage': 'Beratung verwalten',

  // The employer's rejection form
  'counselling.passOn.legend': 'Weiterempfehlen',
  'counselling.passOn.one': 'an andere Mitgliedsbetriebe der {chamber} empfehlen',
  'counselling.passOn.none': 'nicht weiterempfehlen',
  'counselling.passOn.hint':
    'Die Person bekommt eine E-Mail und entscheidet selbst. Erst wenn sie zustimmt, sehen andere geprüfte Mitgliedsbetriebe sie in der Bewerbersuche – Unterlagen und Absagegrund nie.',
  'counselling.passOn.invalid': 'Weiterempfehlen können Sie nur über eine Kammer, in der Ihr Betrieb geprüftes Mitglied ist.',
  'counselling.passOn.done': 'Die Person ist per E-Mail gefragt, ob sie weiterempfohlen werden möchte.',

  'counselling.mail.noteFrom': 'Notiz der {chamber}:',
  'mail.referral-offer.subject': '{company} möchte Sie weiterempfehlen',
  'mail.referral-offer.body':
    '{company} hat Ihnen abgesagt, möchte Sie aber anderen Mitgliedsbetrieben der {chamber} empfehlen.\n\nWenn Sie zustimmen, sehen diese Betriebe Ihr Profil (nicht Ihre Unterlagen und nicht den Grund der Absage) und können Sie einladen, sich zu bewerben. Wenn Sie ablehnen oder nichts tun, sieht Sie niemand. Sie können Ihre Zustimmung jederzeit zurückziehen.\n\nZustimmen oder ablehnen können Sie {days} Tage lang über diesen Link:',
  'mail.counselling-recommendation.subject': 'Die {chamber} empfiehlt Ihnen: {title}',
  'mail.counselling-recommendation.body':
    'Ihre Beratung bei der {chamber} empfiehlt Ihnen das Angebot „{title}“ von {company}.{note}\n\nSie finden die Empfehlung auch ganz oben unter „Vorschläge für mich“. Zum Angebot:',
} as const
