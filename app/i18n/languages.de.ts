/** Interface languages: their names, which text is binding, and the applicant's language for employers. */
export const languagesDe = {
  'languages.binding': 'Rechtlich verbindlich ist allein die deutsche Fassung dieser Seite.',
  'languages.bindingLink': 'Deutsche Fassung lesen',
  'languages.applicant': 'Nutzt Passgenau auf {language}. Nachrichten und E-Mails von Passgenau erhält die Person in dieser Sprache.',
} as const
