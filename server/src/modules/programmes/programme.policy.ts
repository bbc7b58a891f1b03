import { Role } from '@spilno/shared';
import type { Person, Viewer } from '../../common/viewer';
import type { Programme } from './programme.entity';
import type { ProgrammeAbilities } from './programme-abilities';

/**
 * Who may do what to a programme that they may read (reading itself is the query scope of
 * `Policy.scopeProgrammes`). The services enforce these and `Programme.viewerCan` shows them.
 */

/** Admins and coordinators start programmes (and become coordinators of those they start). */
export function mayCreateProgramme(person: Person): boolean {
  return person.role === Role.ADMIN || person.role === Role.COORDINATOR;
}

/**
 * Who changes a programme, its plan, partners, team, indicators, rounds and reporting
 * periods, and publishes it: admins and its own coordinators.
 */
export function mayEditProgramme(viewer: Viewer, programmeId: string): Promise<boolean> {
  return viewer.runs(programmeId);
}

/**
 * Who takes part in a programme's work — logs events, raises monitoring issues and writes in
 * their threads: those who run it, and the staff of its partner organisations (for their own
 * organisation; which records those are is each feature's rule).
 */
export async function takesPart(viewer: Viewer, programmeId: string): Promise<boolean> {
  return (await viewer.runs(programmeId)) || viewer.partnersIn(programmeId);
}

export async function programmeAbilities(
  viewer: Viewer,
  programme: Pick<Programme, 'id'>,
): Promise<ProgrammeAbilities> {
  const [edit, takePart] = await Promise.all([
    mayEditProgramme(viewer, programme.id),
    takesPart(viewer, programme.id),
  ]);
  return {
    programmeId: programme.id,
    edit,
    addPartner: edit,
    addCoordinator: edit,
    createAction: edit,
    publish: edit,
    logEvent: takePart,
    raiseIssue: takePart,
  };
}
