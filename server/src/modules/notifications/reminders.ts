import { issuePath, NotificationKind, programmePath } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { UNASSIGNED, UNASSIGNED_DAYS } from './messages';
import type { Notice } from './notice';

/** Days before a period's due date that its partners are reminded. */
export const DUE_SOON_DAYS = 7;

function isoDay(date: Date, plusDays = 0): string {
  return new Date(date.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The reminders due at `now`: every partner of an active programme whose report of a period
 * is not submitted, once when the period is due in DUE_SOON_DAYS days and once when it is
 * late. Each notice's key names the partner, the period and which reminder it is, so running
 * this twice (or on two instances) tells nobody twice.
 */
export async function dueReportNotices(dataSource: DataSource, now: Date): Promise<Notice[]> {
  const today = isoDay(now);
  const rows = await dataSource.query<
    {
      periodId: string;
      programmeId: string;
      organisationId: string;
      partnerId: string;
      startsOn: string;
      endsOn: string;
      dueOn: string;
      late: boolean;
    }[]
  >(
    `SELECT rp.id AS "periodId", rp."programmeId", pa."organisationId", pa.id AS "partnerId",
            to_char(rp."startsOn", 'YYYY-MM-DD') AS "startsOn",
            to_char(rp."endsOn", 'YYYY-MM-DD') AS "endsOn",
            to_char(rp."dueOn", 'YYYY-MM-DD') AS "dueOn", rp."dueOn" < $1::date AS late
       FROM reporting_period rp
       JOIN programme p ON p.id = rp."programmeId" AND p.status = 'ACTIVE'
       JOIN partner pa ON pa."programmeId" = rp."programmeId"
      WHERE (rp."dueOn" = $2::date OR rp."dueOn" < $1::date)
        AND NOT EXISTS (SELECT 1 FROM progress_report r
                         WHERE r."partnerId" = pa.id AND r."periodStart" = rp."startsOn"
                           AND r."firstSubmittedAt" IS NOT NULL)
      ORDER BY rp."dueOn", pa.id`,
    [today, isoDay(now, DUE_SOON_DAYS)],
  );
  return rows.map((row) => ({
    kind: NotificationKind.REPORT_DUE,
    actorId: null,
    programmeId: row.programmeId,
    record: { type: 'ReportingPeriod', id: row.periodId },
    audience: [{ organisations: [row.organisationId] }],
    subject: `${row.startsOn} – ${row.endsOn} (${row.dueOn})`,
    detail: row.late ? 'LATE' : 'SOON',
    link: programmePath(row.programmeId, 'reports'),
    key: `REPORT_DUE:${row.late ? 'LATE' : 'SOON'}:${row.partnerId}:${row.periodId}`,
  }));
}

/**
 * Open issues of active programmes that nobody has taken on for UNASSIGNED_DAYS days, for
 * their programmes' coordinators: once per issue.
 */
export async function unassignedIssueNotices(dataSource: DataSource, now: Date): Promise<Notice[]> {
  const rows = await dataSource.query<{ id: string; programmeId: string; title: string }[]>(
    `SELECT i.id, i."programmeId", i.title FROM monitoring_issue i
       JOIN programme p ON p.id = i."programmeId" AND p.status = 'ACTIVE'
      WHERE i."assigneeId" IS NULL AND i.status = 'OPEN' AND i."createdAt" <= $1
      ORDER BY i."createdAt", i.id`,
    [new Date(now.getTime() - UNASSIGNED_DAYS * 86_400_000)],
  );
  return rows.map((row) => ({
    kind: NotificationKind.ISSUE_RAISED,
    actorId: null,
    programmeId: row.programmeId,
    record: { type: 'MonitoringIssue', id: row.id },
    audience: [{ coordinatorsOf: row.programmeId }],
    subject: row.title,
    detail: UNASSIGNED,
    link: issuePath(row.programmeId, row.id),
    key: `ISSUE_UNASSIGNED:${row.id}`,
  }));
}
