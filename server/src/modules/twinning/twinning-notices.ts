import { NotificationKind, twinningPath } from '@spilno/shared';
import type { Audience, Notice } from '../notifications/public';
import type { User } from '../users/public';
import type { TwinningRelation } from './twinning-relation.entity';

/** A relation with the names of its two organisations (see `named`). */
type NamedRelation = TwinningRelation & { pair?: string };

function about(relation: NamedRelation) {
  const audience: Audience[] = [
    { organisations: [relation.organisationAId, relation.organisationBId] },
  ];
  if (relation.programmeId) audience.push({ coordinatorsOf: relation.programmeId });
  return {
    programmeId: relation.programmeId,
    record: { type: 'TwinningRelation', id: relation.id },
    subject: relation.pair ?? '',
    link: twinningPath(relation.id),
    audience,
  };
}

/** A new relation, for both organisations' staff and the coordinators of its programme. */
export function twinningProposed(actor: User, relation: NamedRelation): Notice {
  return {
    kind: NotificationKind.TWINNING_PROPOSED,
    actorId: actor.id,
    ...about(relation),
    key: `${NotificationKind.TWINNING_PROPOSED}:${relation.id}`,
  };
}

/** A relation's new status, for the same people. */
export function twinningStatusChanged(actor: User, relation: NamedRelation): Notice {
  return {
    kind: NotificationKind.TWINNING_STATUS_CHANGED,
    actorId: actor.id,
    ...about(relation),
    detail: relation.status,
    key: `${NotificationKind.TWINNING_STATUS_CHANGED}:${relation.id}:${relation.version}`,
  };
}
