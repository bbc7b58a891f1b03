import { Role, TwinningStatus } from './enums';
import { TWINNING_TRANSITIONS } from './workflow';

/**
 * How a user stands towards one twinning relation, which decides the statuses they may move
 * it to. A relation is signed by both sides: the organisation that proposed it cannot make
 * it ACTIVE on its own, the other organisation (or a coordinator, or an admin) does.
 */
export const TwinningStanding = {
  /** An admin, or a coordinator who may change the relation. */
  STEWARD: 'STEWARD',
  /** A partner user of the organisation that proposed the relation. */
  PROPOSER: 'PROPOSER',
  /** A partner user of the other organisation, the one the proposal was made to. */
  COUNTERPART: 'COUNTERPART',
  /** Anyone else: reads at most. */
  NONE: 'NONE',
} as const;
export type TwinningStanding = (typeof TwinningStanding)[keyof typeof TwinningStanding];

export interface TwinningViewer {
  role: Role;
  organisationId: string | null;
}

export interface TwinningParties {
  organisationAId: string;
  organisationBId: string;
  proposingOrganisationId: string;
}

/**
 * The standing of `viewer`, given whether the record-scope rules let them change the
 * relation at all (`mayChange`, decided by the server's policy from the programme).
 */
export function twinningStanding(
  viewer: TwinningViewer,
  relation: TwinningParties,
  mayChange: boolean,
): TwinningStanding {
  if (!mayChange) return TwinningStanding.NONE;
  if (viewer.role === Role.ADMIN || viewer.role === Role.COORDINATOR) {
    return TwinningStanding.STEWARD;
  }
  if (viewer.role !== Role.PARTNER || viewer.organisationId === null) {
    return TwinningStanding.NONE;
  }
  if (viewer.organisationId === relation.proposingOrganisationId) return TwinningStanding.PROPOSER;
  return viewer.organisationId === relation.organisationAId ||
    viewer.organisationId === relation.organisationBId
    ? TwinningStanding.COUNTERPART
    : TwinningStanding.NONE;
}

/** The statuses someone of `standing` may move a relation to from `from`. */
export function twinningTransitions(
  from: TwinningStatus,
  standing: TwinningStanding,
): TwinningStatus[] {
  if (standing === TwinningStanding.NONE) return [];
  const next = TWINNING_TRANSITIONS[from];
  return standing === TwinningStanding.PROPOSER
    ? next.filter((status) => status !== TwinningStatus.ACTIVE)
    : [...next];
}
