import { Role } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

export interface Proposer {
  role: EnumValue<Role>;
  organisation: { id: string } | null;
}

/**
 * Who may start a relation: coordinators and admins record any, a partner proposes those of
 * its own organisation (so it needs one); observers only read. The server checks the same.
 */
export function mayPropose(user: Proposer): boolean {
  if (user.role === Role.OBSERVER) return false;
  return user.role !== Role.PARTNER || user.organisation !== null;
}

/** A partner's relations start as proposals; the other side and the coordinators take them on. */
export function mayChooseStatus(user: Proposer): boolean {
  return user.role === Role.ADMIN || user.role === Role.COORDINATOR;
}

/**
 * Only admins and coordinators move a relation between programmes (the server also asks that
 * a coordinator coordinates both); a partner keeps the programme it proposed the relation in.
 */
export function mayMoveProgramme(user: Proposer): boolean {
  return user.role === Role.ADMIN || user.role === Role.COORDINATOR;
}
