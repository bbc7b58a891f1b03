import {
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  MonitoringRoundStatus,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { MonitoringIssue } from '../src/modules/monitoring/monitoring-issue.entity';
import { MonitoringRound } from '../src/modules/monitoring/monitoring-round.entity';
import { RoundSubmission } from '../src/modules/monitoring/round-submission.entity';

/** An open issue of `programmeId` raised by `raisedById` (an organisation partnering it). */
export function buildIssue(
  ds: DataSource,
  programmeId: string,
  raisedById: string,
  overrides: Partial<MonitoringIssue> = {},
): Promise<MonitoringIssue> {
  return ds.getRepository(MonitoringIssue).save({
    programmeId,
    raisedById,
    kind: IssueKind.PROBLEM,
    category: IssueCategory.FINANCE,
    severity: IssueSeverity.MEDIUM,
    title: 'Немає співфінансування спільних проєктів',
    description: null,
    reportedById: null,
    eventId: null,
    roundId: null,
    status: IssueStatus.OPEN,
    assigneeId: null,
    resolution: null,
    ...overrides,
  });
}

/** An open round of `programmeId` for the first half of 2026. */
export function buildRound(
  ds: DataSource,
  programmeId: string,
  overrides: Partial<MonitoringRound> = {},
): Promise<MonitoringRound> {
  return ds.getRepository(MonitoringRound).save({
    programmeId,
    title: 'Моніторинг 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    prompts: [],
    status: MonitoringRoundStatus.OPEN,
    openedById: null,
    closedAt: null,
    ...overrides,
  });
}

export function buildSubmission(ds: DataSource, roundId: string, partnerId: string) {
  return ds.getRepository(RoundSubmission).save({ roundId, partnerId, submittedById: null });
}
