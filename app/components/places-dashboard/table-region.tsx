import type { ReactNode } from 'react'

/**
 * A wide table's scroll box on narrow screens. It is a named, focusable region so keyboard users can
 * scroll it too (most of these tables hold no link to tab to).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
