import { employers, type MatrixArea } from './matrix-kit'

// The import always writes into the viewer's own company, so company B's recruiter is served too:
// what they import lands in company B (tested in app/modules/imports/import-route.server.test.ts).
export const area: MatrixArea = {
  entries: {
    'employer.listings.import.tsx': { path: '/employer/listings/import', loader: employers, action: { ...employers, form: { intent: 'check', text: '' } } },
    'employer.listings.import-template[.]csv.ts': { path: '/employer/listings/import-template.csv', loader: employers },
  },
}
