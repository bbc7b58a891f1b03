import { Role } from '@spilno/shared';
import type { Person } from '../../common/viewer';

/** The audit log names every change by every user: only the secretariat reads it. */
export function mayReadAudit(person: Person): boolean {
  return person.role === Role.ADMIN;
}
