import type { ReactNode } from 'react'

/**
 * The one way a table meets a narrow screen: it scrolls inside its own box and the page never does
 * (WCAG 1.4.10). The box is named and focusable so keyboard users can scroll it too, as most tables
 * hold no link to tab to. It is a group, not a landmark: it sits inside sections that carry the same
 * name, and two landmarks of one name confuse (axe landmark-unique).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
