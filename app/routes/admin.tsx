import { Outlet } from '@remix-run/react'
import { AdminNav } from '~/components/admin/admin-nav'

/** Every admin page under one navigation; each page checks the role in its own loader. */
export default function AdminLayout() {
  return (
    <div className="stack">
      <AdminNav />
      <Outlet />
    </div>
  )
}
