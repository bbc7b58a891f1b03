import { compareCodes } from './actionTree';

interface GroupSide {
  id: string;
  position: number;
}

interface GroupPartner {
  id: string;
  role: string;
  side: { id: string };
}

interface GroupAction {
  code: string;
  responsible: readonly { id: string }[];
}

export interface PartnerLane<P, A> {
  /** Null for actions nobody is responsible for yet. */
  partner: P | null;
  actions: A[];
}

export interface SideGroup<S, P, A> {
  /** Null for the group of actions without a responsible partner. */
  side: S | null;
  lanes: PartnerLane<P, A>[];
}

const ROLE_ORDER: Record<string, number> = { LEAD: 0, PARTNER: 1, ASSOCIATED: 2 };

/**
 * Actions by side and by responsible partner, as the timeline shows them: sides in their
 * order, lead partners first, then by name; an action shared by partners appears in each
 * of their lanes, and actions without one are kept in a last group.
 */
export function timelineGroups<S extends GroupSide, P extends GroupPartner, A extends GroupAction>(
  sides: readonly S[],
  partners: readonly P[],
  actions: readonly A[],
  partnerName: (partner: P) => string,
): SideGroup<S, P, A>[] {
  const sorted = [...actions].sort((a, b) => compareCodes(a.code, b.code));
  const collator = new Intl.Collator();
  const groups: SideGroup<S, P, A>[] = [...sides]
    .sort((a, b) => a.position - b.position)
    .map((side) => ({
      side,
      lanes: partners
        .filter((partner) => partner.side.id === side.id)
        .sort(
          (a, b) =>
            (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) ||
            collator.compare(partnerName(a), partnerName(b)),
        )
        .map((partner) => ({
          partner,
          actions: sorted.filter((action) =>
            action.responsible.some((responsible) => responsible.id === partner.id),
          ),
        })),
    }));
  const known = new Set(partners.map((partner) => partner.id));
  const unassigned = sorted.filter(
    (action) => !action.responsible.some((responsible) => known.has(responsible.id)),
  );
  if (unassigned.length > 0)
    groups.push({ side: null, lanes: [{ partner: null, actions: unassigned }] });
  return groups;
}
