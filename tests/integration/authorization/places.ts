import { chamberStaff, type MatrixArea } from './matrix-kit'

/** The places dashboard itself ('chamber._index.tsx') is in the core matrix; its CSV export is here. */
export const area: MatrixArea = {
  entries: {
    'chamber.places[.]csv.ts': { path: '/chamber/places.csv', loader: chamberStaff },
  },
}
