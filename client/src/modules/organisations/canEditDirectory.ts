import { Role } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

/** The secretariat and coordinators keep the directory; the server checks the same. */
export function canEditDirectory(role: EnumValue<Role>): boolean {
  return role === Role.ADMIN || role === Role.COORDINATOR;
}
