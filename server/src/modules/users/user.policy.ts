import { Role } from '@spilno/shared';
import type { Person } from '../../common/viewer';

/** Accounts (listing, creating, changing and deactivating them) are the secretariat's. */
export function mayManageUsers(person: Person): boolean {
  return person.role === Role.ADMIN;
}
