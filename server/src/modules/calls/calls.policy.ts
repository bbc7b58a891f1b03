import { ApplicationStatus, CallStatus, inSelection, Role } from '@spilno/shared';
import type { SelectQueryBuilder } from 'typeorm';
import type { Person } from '../../common/viewer';
import type { Application } from './application.entity';
import type { Call } from './call.entity';

/**
 * Who does what with calls and applications, in one place (the mutations and the
 * `viewerCan` fields ask the same functions):
 * - admins and coordinators set calls up, read every application and evaluate;
 * - every signed-in user reads the calls that are no longer drafts;
 * - a partner user applies for its own organisation as lead, edits and submits the
 *   applications it leads, and reads and confirms the applications its organisation is in;
 * - observers read calls and the applications that have been submitted;
 * - nobody scores an application their own organisation belongs to.
 */
export function mayManageCalls(person: Person): boolean {
  return person.role === Role.ADMIN || person.role === Role.COORDINATOR;
}

/** The calls `person` reads: all for those who manage them, the others not drafts. */
export function scopeCalls(
  query: SelectQueryBuilder<Call>,
  alias: string,
  person: Person,
): SelectQueryBuilder<Call> {
  if (mayManageCalls(person)) return query;
  return query.andWhere(`${alias}.status <> :scopeDraftCall`, { scopeDraftCall: CallStatus.DRAFT });
}

/** Partner users apply, for their own organisation, to an OPEN call. */
export function mayApply(person: Person): boolean {
  return person.role === Role.PARTNER && person.organisationId !== null;
}

/** Whether `person` reads this application, given the organisations in it. */
export function mayReadApplication(
  person: Person,
  application: Pick<Application, 'status'>,
  memberIds: readonly string[],
): boolean {
  switch (person.role) {
    case Role.ADMIN:
    case Role.COORDINATOR:
      return true;
    case Role.OBSERVER:
      return application.status !== ApplicationStatus.DRAFT;
    case Role.PARTNER:
      return isMember(person, memberIds);
  }
}

/** The lead's partner users edit and submit an application while it is a draft. */
export function mayEditApplication(
  person: Person,
  application: Pick<Application, 'leadOrganisationId' | 'status'>,
): boolean {
  return leads(person, application) && application.status === ApplicationStatus.DRAFT;
}

/** Whether `person` is a partner user of the application's lead organisation. */
export function leads(person: Person, application: Pick<Application, 'leadOrganisationId'>) {
  return person.role === Role.PARTNER && person.organisationId === application.leadOrganisationId;
}

/** A member organisation's partner users confirm it takes part. */
export function mayConfirm(person: Person, memberIds: readonly string[]): boolean {
  return person.role === Role.PARTNER && isMember(person, memberIds);
}

/**
 * Evaluators score applications in the selection, never one their organisation is in:
 * judging one's own group is the conflict of interest the rule exists for.
 */
export function mayScore(
  person: Person,
  application: Pick<Application, 'status'>,
  memberIds: readonly string[],
): boolean {
  return mayManageCalls(person) && !isMember(person, memberIds) && inSelection(application.status);
}

/** Whether the evaluator's own organisation is in the application (a refusal of its own). */
export function scoresOwn(person: Person, memberIds: readonly string[]): boolean {
  return isMember(person, memberIds);
}

/** Those who run calls decide, in stage order, on applications still in the selection. */
export function mayDecide(person: Person, application: Pick<Application, 'status'>): boolean {
  return mayManageCalls(person) && inSelection(application.status);
}

/** Those who run calls launch a selected application's programme, once. */
export function mayLaunch(
  person: Person,
  application: Pick<Application, 'status' | 'programmeId'>,
): boolean {
  return (
    mayManageCalls(person) &&
    application.status === ApplicationStatus.SELECTED &&
    application.programmeId === null
  );
}

/** Whether scores and evaluations of applications are shown to `person`. */
export function maySeeScores(person: Person): boolean {
  return mayManageCalls(person);
}

function isMember(person: Person, memberIds: readonly string[]): boolean {
  return person.organisationId !== null && memberIds.includes(person.organisationId);
}
