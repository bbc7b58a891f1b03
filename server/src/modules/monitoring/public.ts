/**
 * What the rest of the server (other modules, the database seeds, the app) uses of monitoring.
 * Only re-exports: the files behind them stay private to the module.
 */
export { IssueComment } from './issue-comment.entity';
export { IssueStatusChange } from './issue-status-change.entity';
export { mayActFor } from './issue.policy';
export { MonitoringIssue } from './monitoring-issue.entity';
export { MonitoringRound } from './monitoring-round.entity';
export { RoundSubmission } from './round-submission.entity';
