import { Link } from '@remix-run/react'
import { ArrowIcon } from './icons'

export interface CountTile {
  to: string
  label: string
  detail?: string
  /** The bare formatted number, shown on narrow screens ("12"). */
  count: string
  /** The number with its noun ("12 Angebote"), shown on wider screens and always read aloud. */
  countLabel: string
}

/** A set of links that each lead to a pre-filtered search, with how many offers wait there. */
export function CountTiles({ tiles, className }: { tiles: CountTile[]; className?: string }) {
  return (
    <ul className={className ? `tiles ${className}` : 'tiles'}>
      {tiles.map((tile) => (
        <li key={tile.to}>
          <Link to={tile.to} className="tile">
            <span className="tile__text">
              <span className="tile__label">{tile.label}</span>
              {tile.detail ? <span className="tile__detail">{tile.detail}</span> : null}
            </span>
            <span className="tile__count">
              <span className="tile__count-short" aria-hidden="true">
                {tile.count}
              </span>
              <span className="tile__count-long">{tile.countLabel}</span>
              <ArrowIcon />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
