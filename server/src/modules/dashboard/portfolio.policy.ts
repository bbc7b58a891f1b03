import { Role } from '@spilno/shared';
import type { Person } from '../../common/viewer';

/**
 * The portfolio compares every programme one may read: a manager's overview, for admins,
 * observers and coordinators. A partner user's view is its organisation's programmes.
 */
export function mayReadPortfolio(person: Person): boolean {
  return (
    person.role === Role.ADMIN || person.role === Role.OBSERVER || person.role === Role.COORDINATOR
  );
}
