import type { ReactNode } from 'react'

/**
 * The one way a table meets a narrow screen: it scrolls inside its own box and the page never does
 * (WCAG 1.4.10). The box is a named, focusable region so keyboard users can scroll it too, as most
 * tables hold no link to tab to. `label` names the table, usually its heading or caption.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
