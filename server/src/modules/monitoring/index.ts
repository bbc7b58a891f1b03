import { SERVER_PATHS } from '@spilno/shared';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { IssueComment } from './issue-comment.entity';
import { issueExportRouter } from './issue-export.route';
import { IssueStatusChange } from './issue-status-change.entity';
import { IssueCommentResolver, IssueResolver, IssueStatusChangeResolver } from './issue.resolver';
import { IssueService } from './issue.service';
import { MonitoringAccess } from './monitoring-access';
import { MonitoringIssue } from './monitoring-issue.entity';
import { MonitoringRound } from './monitoring-round.entity';
import { RoundSubmission } from './round-submission.entity';
import {
  RoundPartnerProgressResolver,
  RoundResolver,
  RoundSideProgressResolver,
} from './round.resolver';
import { RoundService } from './round.service';
import { readerOf, type NotificationService } from '../notifications/public';

export const monitoringModule = defineModule({
  name: 'monitoring',
  entities: [MonitoringRound, MonitoringIssue, IssueComment, IssueStatusChange, RoundSubmission],
  resolvers: [
    IssueResolver,
    IssueCommentResolver,
    IssueStatusChangeResolver,
    RoundResolver,
    RoundPartnerProgressResolver,
    RoundSideProgressResolver,
  ],
  services: ({
    dataSource,
    policy,
    audit,
    notifications,
  }: CoreServices & { audit: AuditService; notifications: NotificationService }) => {
    const monitoring = new MonitoringAccess(dataSource, policy);
    const issues = new IssueService(dataSource, monitoring, audit, notifications);
    notifications.registerReader(
      'MonitoringIssue',
      readerOf((user, id) => issues.readable(user, id)),
    );
    return {
      issues,
      rounds: new RoundService(dataSource, monitoring, audit),
    };
  },
  routes: [{ paths: [SERVER_PATHS.issuesCsv], router: issueExportRouter }],
});
