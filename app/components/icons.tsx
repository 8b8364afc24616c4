/**
 * Small decorative line icons from one sprite (public/icons.svg, cached by the browser): a result
 * page shows some eighty of them, inline they were a quarter of its HTML. Always aria-hidden
 * because the text next to them carries the meaning; stroke and size come from `.icon` (base.css).
 */
type IconProps = { className?: string }

/** Bumped when public/icons.svg changes, so browsers fetch the new sprite. */
const SPRITE = '/icons.svg?v=2'

function Icon({ name, className }: IconProps & { name: string }) {
  return (
    <svg className={className ? `icon ${className}` : 'icon'} width="18" height="18" aria-hidden="true" focusable="false">
      <use href={`${SPRITE}#${name}`} />
    </svg>
  )
}

export const PinIcon = (props: IconProps) => <Icon name="pin" {...props} />
export const CalendarIcon = (props: IconProps) => <Icon name="calendar" {...props} />
export const EuroIcon = (props: IconProps) => <Icon name="euro" {...props} />
export const BuildingIcon = (props: IconProps) => <Icon name="building" {...props} />
export const GlobeIcon = (props: IconProps) => <Icon name="globe" {...props} />
export const SearchIcon = (props: IconProps) => <Icon name="search" {...props} />
/** Points onwards: mirrored on right-to-left pages (styles/direction.css). */
export const ArrowIcon = ({ className }: IconProps) => <Icon name="arrow" className={className ? `icon--directional ${className}` : 'icon--directional'} />
export const MenuIcon = (props: IconProps) => <Icon name="menu" {...props} />
