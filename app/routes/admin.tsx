import { AreaLayout } from '~/components/area-layout'

/** Every admin page inside the area's navigation; each page checks the role in its own loader. */
export default function AdminLayout() {
  return <AreaLayout fallback="admin" />
}
