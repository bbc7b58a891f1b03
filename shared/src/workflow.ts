import { ActionStatus, ProgrammeStatus, TwinningStatus } from './enums';

/** Where a programme may go from each status; the server enforces it, the client offers it. */
export const PROGRAMME_TRANSITIONS: Record<ProgrammeStatus, readonly ProgrammeStatus[]> = {
  [ProgrammeStatus.DRAFT]: [ProgrammeStatus.ACTIVE],
  [ProgrammeStatus.ACTIVE]: [ProgrammeStatus.COMPLETED, ProgrammeStatus.SUSPENDED],
  [ProgrammeStatus.SUSPENDED]: [ProgrammeStatus.ACTIVE, ProgrammeStatus.COMPLETED],
  [ProgrammeStatus.COMPLETED]: [],
};

export function canMoveProgramme(from: ProgrammeStatus, to: ProgrammeStatus): boolean {
  return from === to || PROGRAMME_TRANSITIONS[from].includes(to);
}

/** Statuses in which an action no longer counts as late. */
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = [
  ActionStatus.DONE,
  ActionStatus.CANCELLED,
];

/** Overdue = not done or cancelled, and past its due date (dates as YYYY-MM-DD). */
export function isOverdue(status: ActionStatus, dueOn: string, today: string): boolean {
  return !CLOSED_ACTION_STATUSES.includes(status) && dueOn < today;
}

/** Today's calendar date, YYYY-MM-DD, in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Where a twinning relation may go from each status. A proposal is negotiated or signed at
 * once; a signed relation can fall dormant and revive; a terminated one can only be reopened
 * through new negotiations, since there is one relation per pair of organisations.
 */
export const TWINNING_TRANSITIONS: Record<TwinningStatus, readonly TwinningStatus[]> = {
  [TwinningStatus.PROPOSED]: [
    TwinningStatus.NEGOTIATING,
    TwinningStatus.ACTIVE,
    TwinningStatus.TERMINATED,
  ],
  [TwinningStatus.NEGOTIATING]: [TwinningStatus.ACTIVE, TwinningStatus.TERMINATED],
  [TwinningStatus.ACTIVE]: [TwinningStatus.DORMANT, TwinningStatus.TERMINATED],
  [TwinningStatus.DORMANT]: [TwinningStatus.ACTIVE, TwinningStatus.TERMINATED],
  [TwinningStatus.TERMINATED]: [TwinningStatus.NEGOTIATING],
};

/** A status change must change the status: the history records moves, not notes. */
export function canMoveTwinning(from: TwinningStatus, to: TwinningStatus): boolean {
  return TWINNING_TRANSITIONS[from].includes(to);
}
