import {
  ProgrammeStatus,
  Role,
  twinningStanding,
  twinningTransitions,
  type TwinningStatus,
} from '@spilno/shared';
import type { SelectQueryBuilder } from 'typeorm';
import type { Person, Viewer } from '../../common/viewer';
import type { TwinningRelation } from './twinning-relation.entity';

const NIL_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Who reads which twinning relations, in one place (the list, the single relation and the
 * areas all go through it):
 * - admins read all;
 * - a relation that grew in a DRAFT programme belongs to that programme's preparation: only
 *   admins and its coordinators read it;
 * - otherwise observers and coordinators read all (coordinators also manage the relations
 *   outside programmes), and partners read the relations of their own organisation and
 *   those of the programmes their organisation is a partner in.
 * The subqueries use aliases no caller picks, so they never shadow the caller's.
 */
export function scopeRelations(
  query: SelectQueryBuilder<TwinningRelation>,
  alias: string,
  user: Person,
): SelectQueryBuilder<TwinningRelation> {
  const notDraft = `(${alias}."programmeId" IS NULL OR NOT EXISTS (SELECT 1 FROM programme scope_tp
      WHERE scope_tp.id = ${alias}."programmeId" AND scope_tp.status = :scopeDraft))`;
  const params = { scopeDraft: ProgrammeStatus.DRAFT };
  switch (user.role) {
    case Role.ADMIN:
      return query;
    case Role.OBSERVER:
      return query.andWhere(notDraft, params);
    case Role.COORDINATOR:
      return query.andWhere(
        `(${notDraft} OR EXISTS (SELECT 1 FROM programme_coordinator scope_tc
           WHERE scope_tc."programmeId" = ${alias}."programmeId" AND scope_tc."userId" = :scopeUserId))`,
        { ...params, scopeUserId: user.id },
      );
    case Role.PARTNER:
      return query.andWhere(
        `${notDraft} AND (${alias}."organisationAId" = :scopeOrgId OR ${alias}."organisationBId" = :scopeOrgId
           OR EXISTS (SELECT 1 FROM partner scope_tpa WHERE scope_tpa."programmeId" = ${alias}."programmeId"
             AND scope_tpa."organisationId" = :scopeOrgId))`,
        // A partner without an organisation reads nothing; a nil UUID matches no row.
        { ...params, scopeOrgId: user.organisationId ?? NIL_ID },
      );
  }
}

/**
 * Who changes a relation they may read (its status, details, events and documents): admins;
 * the coordinators of the programme it grew in, or any coordinator when it grew in none; and
 * the partner users of its two organisations. Observers only read.
 */
export async function mayChangeRelation(
  viewer: Viewer,
  relation: Pick<TwinningRelation, 'organisationAId' | 'organisationBId' | 'programmeId'>,
): Promise<boolean> {
  switch (viewer.role) {
    case Role.ADMIN:
      return true;
    case Role.COORDINATOR:
      return relation.programmeId ? viewer.coordinates(relation.programmeId) : true;
    case Role.PARTNER:
      return isParty(viewer, relation);
    case Role.OBSERVER:
      return false;
  }
}

/**
 * The statuses `user` may move the relation to now: the workflow's next steps, less ACTIVE
 * for the organisation that proposed it (see twinningTransitions). The mutation and the
 * relation's `viewerCan.statuses` both ask here.
 */
export async function allowedStatuses(
  viewer: Viewer,
  relation: Pick<
    TwinningRelation,
    'organisationAId' | 'organisationBId' | 'proposingOrganisationId' | 'programmeId' | 'status'
  >,
): Promise<TwinningStatus[]> {
  const mayChange = await mayChangeRelation(viewer, relation);
  return twinningTransitions(relation.status, twinningStanding(viewer, relation, mayChange));
}

/**
 * Who moves a relation from one programme to another, or into or out of any: admins, and
 * coordinators of both the programme it leaves and the one it joins (none counts as theirs,
 * since coordinators manage the relations outside programmes). Partners never do: a partner
 * who could detach a relation would hand it to every coordinator.
 */
export async function mayMoveProgramme(
  viewer: Viewer,
  from: string | null,
  to: string | null,
): Promise<boolean> {
  if (viewer.isAdmin) return true;
  if (viewer.role !== Role.COORDINATOR) return false;
  return (!from || (await viewer.coordinates(from))) && (!to || (await viewer.coordinates(to)));
}

/**
 * Who records a relation between any two organisations, in any status, and moves relations
 * between programmes: admins and coordinators. Partners propose; see mayProposeTwinning.
 */
export function mayRecordTwinning(person: Person): boolean {
  return person.role === Role.ADMIN || person.role === Role.COORDINATOR;
}

/**
 * Who proposes relations at all: those who record them, and a partner user for its own
 * organisation (one without an organisation has none to propose for). Observers only read.
 */
export function mayProposeTwinning(person: Person): boolean {
  return (
    mayRecordTwinning(person) || (person.role === Role.PARTNER && person.organisationId !== null)
  );
}

/**
 * Why `user` may not propose (record) a relation between these organisations, or null when
 * they may: observers only read, and a partner proposes relations of its own organisation.
 */
export function proposalRefusal(
  user: Person,
  relation: Pick<TwinningRelation, 'organisationAId' | 'organisationBId'>,
): string | null {
  if (mayRecordTwinning(user)) return null;
  if (user.role === Role.OBSERVER) {
    return 'Observers read twinning relations; they do not propose them';
  }
  if (!isParty(user, relation)) {
    return 'Partners propose twinning relations of their own organisation';
  }
  return null;
}

/**
 * Whether a relation may name this programme, one the viewer reads: a coordinator's only a
 * programme they coordinate; an admin's or a partner's any they read.
 */
export async function mayLinkTwinningTo(viewer: Viewer, programmeId: string): Promise<boolean> {
  return viewer.role !== Role.COORDINATOR || viewer.coordinates(programmeId);
}

/** Whether `user` works for one of the relation's two organisations. */
export function isParty(
  user: Person,
  relation: Pick<TwinningRelation, 'organisationAId' | 'organisationBId'>,
): boolean {
  return (
    user.organisationId !== null &&
    (user.organisationId === relation.organisationAId ||
      user.organisationId === relation.organisationBId)
  );
}
