/** The Passgenau mark: Harz summits in a rounded tile, drawn inline so no image request is needed. */
export function Logo() {
  return (
    <svg className="logo" width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
      <rect width="36" height="36" rx="9" fill="#1a6b45" />
      <circle cx="26" cy="11" r="3.2" fill="#f2c14e" />
      <path d="M4 28 13.5 14l5 7 4-5.5L32 28z" fill="#fff" />
      <path d="M13.5 14l2.6 3.6-2.6 1.8-2.4-1.7z" fill="#cfe5d7" />
    </svg>
  )
}
