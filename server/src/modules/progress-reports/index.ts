import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { ProgressReport } from './progress-report.entity';
import { ProgressReportService } from './progress-report.service';
import { ReportReview } from './report-review.entity';
import { createReportLoaders } from './report-loaders';
import { ProgressReportResolver, ReportReviewResolver } from './report.resolver';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodResolver, ReportingStatusResolver } from './reporting-period.resolver';
import { ReportingPeriodService } from './reporting-period.service';
import { ReportingStatusService } from './reporting-status';
import { readerOf, type NotificationService } from '../notifications/public';

export const progressReportsModule = defineModule({
  name: 'progress-reports',
  entities: [ReportingPeriod, ProgressReport, ReportReview],
  resolvers: [
    ProgressReportResolver,
    ReportReviewResolver,
    ReportingPeriodResolver,
    ReportingStatusResolver,
  ],
  services: ({
    dataSource,
    policy,
    audit,
    notifications,
  }: CoreServices & { audit: AuditService; notifications: NotificationService }) => {
    const reports = new ProgressReportService(dataSource, policy, audit, notifications);
    notifications.registerReader(
      'ProgressReport',
      readerOf((user, id) => reports.readable(user, id)),
    );
    return {
      reports,
      reportingPeriods: new ReportingPeriodService(dataSource, policy, audit),
      reportingStatus: new ReportingStatusService(dataSource, policy),
    };
  },
  loaders: createReportLoaders,
});
