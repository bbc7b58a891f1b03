/**
 * What the rest of the server (other modules, the database seeds, the app) uses of progress-reports.
 * Only re-exports: the files behind them stay private to the module.
 */
export { ProgressReport } from './progress-report.entity';
export { computeContents, contentKey } from './report-content';
export { storeContent } from './report-content.types';
export { ReportReview } from './report-review.entity';
export { mayWriteReport } from './report.policy';
export { ReportingPeriod } from './reporting-period.entity';
export { periodsOf } from './reporting-period.service';
export { lateReportCounts, punctuality, reportingCells } from './reporting-status';
