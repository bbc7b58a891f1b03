import type { Viewer } from '../../common/viewer';
import type { EventAbilities } from './event-abilities';

/**
 * The organisations behind the organiser partner ids a change names (the event's own and the
 * new one): null for an id that names no partner of the programme. Asked only when needed.
 */
export type OrganiserOrganisations = () => Promise<readonly (string | null)[]>;

/**
 * Who logs, edits, attaches files to and deletes an event: those who run its programme,
 * and a partner user for the events its own organisation organises — before and after the
 * change, so nobody hands an event over to or takes one from another organisation.
 */
export async function mayOrganiseEvent(
  viewer: Viewer,
  programmeId: string,
  organisers: OrganiserOrganisations,
): Promise<boolean> {
  if (await viewer.runs(programmeId)) return true;
  if (!viewer.isPartner) return false;
  return (await organisers()).every((organisationId) => viewer.actsFor(organisationId));
}

/**
 * There is no deleteEvent yet; `delete` is the permission it will check, the editor's, so a
 * client may already show or hide the control from it.
 */
export async function eventAbilities(
  viewer: Viewer,
  event: { programmeId: string },
  organiser: OrganiserOrganisations,
): Promise<EventAbilities> {
  const edit = await mayOrganiseEvent(viewer, event.programmeId, organiser);
  return { edit, attach: edit, delete: edit };
}
