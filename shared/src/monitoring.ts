import { IssueStatus } from './enums';

/**
 * Where a monitoring issue may go from each status: triage (IN_REVIEW), work (IN_PROGRESS),
 * then an outcome; a closed issue may be reopened. Triage may dismiss an issue at once (a
 * duplicate, or none of local government's business) without pretending to work on it.
 * The server enforces it, the client offers it.
 */
export const ISSUE_TRANSITIONS: Record<IssueStatus, readonly IssueStatus[]> = {
  [IssueStatus.OPEN]: [IssueStatus.IN_REVIEW],
  [IssueStatus.IN_REVIEW]: [IssueStatus.IN_PROGRESS, IssueStatus.DISMISSED],
  [IssueStatus.IN_PROGRESS]: [IssueStatus.RESOLVED, IssueStatus.DISMISSED],
  [IssueStatus.RESOLVED]: [IssueStatus.OPEN],
  [IssueStatus.DISMISSED]: [IssueStatus.OPEN],
};

/** Unlike programmes, staying put is no move: a status change always changes the status. */
export function canMoveIssue(from: IssueStatus, to: IssueStatus): boolean {
  return ISSUE_TRANSITIONS[from].includes(to);
}

/** Statuses that close an issue; moving into one needs a resolution text. */
export const CLOSED_ISSUE_STATUSES: readonly IssueStatus[] = [
  IssueStatus.RESOLVED,
  IssueStatus.DISMISSED,
];

export function needsResolution(to: IssueStatus): boolean {
  return CLOSED_ISSUE_STATUSES.includes(to);
}
