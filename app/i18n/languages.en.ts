import type { languagesDe } from './languages.de'

export const languagesEn: Record<keyof typeof languagesDe, string> = {
  'languages.binding': 'Only the German version of this page is legally binding. This translation is provided for your convenience.',
  'languages.bindingLink': 'Read the German version',
  'languages.applicant': 'Uses Passgenau in {language}. Messages and e-mails from Passgenau reach this person in that language.',
}
