import { ISSUE_TRANSITIONS, type IssueStatus } from '@spilno/shared';
import type { Viewer } from '../../common/viewer';
import { takesPart } from '../programmes/public';
import type { IssueAbilities } from './issue-abilities';
import type { MonitoringIssue } from './monitoring-issue.entity';

/**
 * Who may do what in a programme's monitoring, on top of the programme's read rules:
 * those who run the programme triage (edit, assign, move issues, manage rounds); those who
 * take part (see takesPart) raise issues — a partner for its own organisation — and write
 * in their threads; everyone who reads the programme reads.
 */
export function mayTriage(viewer: Viewer, programmeId: string): Promise<boolean> {
  return viewer.runs(programmeId);
}

export { takesPart as mayTakePart };

/**
 * Whether the viewer raises an issue, or marks a round's answers complete, in the name of
 * this organisation of the programme (null: the viewer's own): triagers for any partner; a
 * partner user for its own organisation, when that is a partner here.
 */
export async function mayActFor(
  viewer: Viewer,
  programmeId: string,
  organisationId: string | null,
): Promise<boolean> {
  if (await mayTriage(viewer, programmeId)) return true;
  if (!(await viewer.partnersIn(programmeId))) return false;
  return organisationId === null || viewer.actsFor(organisationId);
}

/** The statuses the viewer may move the issue to now: the workflow's next steps for triagers. */
export async function issueStatuses(
  viewer: Viewer,
  issue: Pick<MonitoringIssue, 'programmeId' | 'status'>,
): Promise<IssueStatus[]> {
  return (await mayTriage(viewer, issue.programmeId)) ? [...ISSUE_TRANSITIONS[issue.status]] : [];
}

export async function issueAbilities(
  viewer: Viewer,
  issue: Pick<MonitoringIssue, 'programmeId' | 'status'>,
): Promise<IssueAbilities> {
  return {
    comment: await takesPart(viewer, issue.programmeId),
    statuses: await issueStatuses(viewer, issue),
  };
}
