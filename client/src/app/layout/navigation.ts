import { Role } from '@spilno/shared';
import { PORTFOLIO_ROLES } from '../../modules/dashboard/public';
import type { EnumValue } from '../../ui/enums';
import {
  AUDIT_PATH,
  HOME_PATH,
  ORGANISATIONS_PATH,
  PORTFOLIO_PATH,
  PROGRAMMES_PATH,
  TWINNING_PATH,
  USERS_PATH,
} from '../paths';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.home'
    | 'nav.programmes'
    | 'nav.portfolio'
    | 'nav.organisations'
    | 'nav.twinning'
    | 'nav.users'
    | 'nav.audit';
  /** Match the path exactly (the overview would otherwise be active everywhere). */
  end?: boolean;
}

const EVERYONE: readonly NavItem[] = [
  { to: HOME_PATH, labelKey: 'nav.home', end: true },
  { to: PROGRAMMES_PATH, labelKey: 'nav.programmes' },
  { to: ORGANISATIONS_PATH, labelKey: 'nav.organisations' },
  { to: TWINNING_PATH, labelKey: 'nav.twinning' },
];

const PORTFOLIO: NavItem = { to: PORTFOLIO_PATH, labelKey: 'nav.portfolio' };

const ADMIN_ONLY: readonly NavItem[] = [
  { to: USERS_PATH, labelKey: 'nav.users' },
  { to: AUDIT_PATH, labelKey: 'nav.audit' },
];

/** The sections a role can use; the server enforces the same split. */
export function navItemsFor(role: EnumValue<Role>): NavItem[] {
  const common = PORTFOLIO_ROLES.includes(role)
    ? [...EVERYONE.slice(0, 2), PORTFOLIO, ...EVERYONE.slice(2)]
    : [...EVERYONE];
  return role === Role.ADMIN ? [...common, ...ADMIN_ONLY] : common;
}
