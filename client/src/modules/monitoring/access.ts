export interface MonitoringPartner {
  id: string;
  side: { id: string };
  organisation: { id: string };
  /** The server's decision, per partner, on raising issues and answering rounds in its name. */
  viewerCan: { raiseIssue: boolean; answerRound: boolean };
}

/** What deciding who may do what in a programme's monitoring needs: the server's abilities. */
export interface MonitoringAccess {
  /** Whether the reader triages (the programme's `viewerCan.edit`, the server's decision). */
  canTriage: boolean;
  /** Whether the reader may raise issues (the programme's `viewerCan.raiseIssue`). */
  canRaise: boolean;
  /** The reader's own organisation, only to put it first among the raisers offered. */
  organisationId: string | null;
  partners: readonly MonitoringPartner[];
}

/**
 * The partner whose answers to a round the reader gives as its own: one the server lets them
 * answer for, when they do not triage (those who triage mark any partner's answers complete
 * on the round's completion list instead).
 */
export function ownPartner(access: MonitoringAccess): MonitoringPartner | null {
  if (access.canTriage) return null;
  return access.partners.find((p) => p.viewerCan.answerRound) ?? null;
}

/**
 * The organisations the reader may raise an issue for, as the server says per partner (a
 * partner user its own; coordinators every one), the reader's own first, as the server
 * defaults to it.
 */
export function raiserChoices(access: MonitoringAccess): string[] {
  const ids = access.partners.filter((p) => p.viewerCan.raiseIssue).map((p) => p.organisation.id);
  const mine = ids.find((id) => id === access.organisationId);
  return mine ? [mine, ...ids.filter((id) => id !== mine)] : ids;
}
