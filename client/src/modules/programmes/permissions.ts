import { Role } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

/** Administrators and coordinators may start programmes; the server checks the same. */
export function canCreateProgramme(role: EnumValue<Role>): boolean {
  return role === Role.ADMIN || role === Role.COORDINATOR;
}
