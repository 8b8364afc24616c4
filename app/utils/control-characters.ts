/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. PostgreSQL refuses
 * NUL in text ("invalid byte sequence"), and none of them belongs in a name, a title or a search.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value)
}

export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL_ALL, '')
}
