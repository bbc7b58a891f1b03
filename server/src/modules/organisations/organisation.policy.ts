import { Role } from '@spilno/shared';
import type { Person } from '../../common/viewer';

/**
 * The secretariat and the coordinators keep the organisation directory: organisations, their
 * imports, association memberships and declared member counts. Everyone signed in reads it.
 */
export function mayEditDirectory(person: Person): boolean {
  return person.role === Role.ADMIN || person.role === Role.COORDINATOR;
}
