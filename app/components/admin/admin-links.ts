import type { MessageKey } from '~/i18n'

/** The admin area's navigation, in one place: the signed-in areas' shell can render the same list. */
export const ADMIN_LINKS: { to: string; label: MessageKey }[] = [
  { to: '/admin', label: 'admin.nav.home' },
  { to: '/admin/moderation', label: 'admin.nav.queue' },
  { to: '/admin/objections', label: 'admin.nav.objections' },
  { to: '/admin/risk-rules', label: 'admin.nav.riskRules' },
  { to: '/transparenz', label: 'admin.nav.transparency' },
]
