import { Role } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.home'
    | 'nav.programmes'
    | 'nav.organisations'
    | 'nav.twinning'
    | 'nav.users'
    | 'nav.audit';
  /** Match the path exactly (the overview would otherwise be active everywhere). */
  end?: boolean;
}

const EVERYONE: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/programmes', labelKey: 'nav.programmes' },
  { to: '/organisations', labelKey: 'nav.organisations' },
  { to: '/twinning', labelKey: 'nav.twinning' },
];

const ADMIN_ONLY: readonly NavItem[] = [
  { to: '/users', labelKey: 'nav.users' },
  { to: '/audit', labelKey: 'nav.audit' },
];

/** The sections a role can use; the server enforces the same split. */
export function navItemsFor(role: EnumValue<Role>): NavItem[] {
  return role === Role.ADMIN ? [...EVERYONE, ...ADMIN_ONLY] : [...EVERYONE];
}
