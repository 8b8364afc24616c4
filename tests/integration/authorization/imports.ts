import type { MatrixArea } from './matrix-kit'

export const area: MatrixArea = {
  entries: {},
}
