import { Role } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

/** Managers' overview of every programme they can read. */
export const PORTFOLIO_ROLES: readonly EnumValue<Role>[] = [
  Role.ADMIN,
  Role.OBSERVER,
  Role.COORDINATOR,
];
