import { AreaLayout } from '~/components/area-layout'

/** Every page of the area inside its navigation; each page checks the role in its own loader. */
export default function Area() {
  return <AreaLayout fallback="seeker" />
}
