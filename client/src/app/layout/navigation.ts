import type { ViewerAbility } from '../../modules/auth/public';
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
  /** The ability the section needs, the same its page's route asks for. */
  ability?: ViewerAbility;
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: HOME_PATH, labelKey: 'nav.home', end: true },
  { to: PROGRAMMES_PATH, labelKey: 'nav.programmes' },
  { to: PORTFOLIO_PATH, labelKey: 'nav.portfolio', ability: 'readPortfolio' },
  { to: ORGANISATIONS_PATH, labelKey: 'nav.organisations' },
  { to: TWINNING_PATH, labelKey: 'nav.twinning' },
  { to: USERS_PATH, labelKey: 'nav.users', ability: 'manageUsers' },
  { to: AUDIT_PATH, labelKey: 'nav.audit', ability: 'readAudit' },
];

export type NavAbilities = Readonly<Record<ViewerAbility, boolean>>;

/** The sections the viewer can use, as the server's `me.viewerCan` says. */
export function navItemsFor(abilities: NavAbilities): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.ability || abilities[item.ability]);
}
