/**
 * Calls for applications: groups of neighbouring communities apply together and are selected
 * in stages (the SPACES model). The rules the server applies and the client offers.
 */

export enum CallStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  EVALUATING = 'EVALUATING',
  CLOSED = 'CLOSED',
}

export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ADVANCED = 'ADVANCED',
  SELECTED = 'SELECTED',
  REJECTED = 'REJECTED',
}

export enum StageDecision {
  ADVANCE = 'ADVANCE',
  SELECT = 'SELECT',
  REJECT = 'REJECT',
}

const CALL_ORDER = [CallStatus.DRAFT, CallStatus.OPEN, CallStatus.EVALUATING, CallStatus.CLOSED];

/** A call only moves forward, one step or more: DRAFT → OPEN → EVALUATING → CLOSED. */
export function callTransitions(from: CallStatus): CallStatus[] {
  return CALL_ORDER.slice(CALL_ORDER.indexOf(from) + 1);
}

/** Applications still in the selection: submitted and neither selected nor rejected. */
export function inSelection(status: ApplicationStatus): boolean {
  return status === ApplicationStatus.SUBMITTED || status === ApplicationStatus.ADVANCED;
}

export const CALL_CODE_MAX = 32;
export const CALL_TITLE_MAX = 200;
export const CALL_STAGES_MAX = 5;
export const CALL_CRITERIA_MAX = 12;
export const CALL_DELIVERABLES_MAX = 12;
export const CALL_NAME_MAX = 200;
/** The most organisations a call may let into one application. */
export const CALL_MEMBERS_LIMIT = 20;
export const CALL_MAX_SCORE_LIMIT = 1000;
