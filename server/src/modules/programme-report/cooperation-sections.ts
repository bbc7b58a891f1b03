import type { Content } from 'pdfmake';
import type { PartnerPunctuality } from './cooperation.types';
import type { ReportLabels } from './report-labels';
import { empty, FIT, heading, table, type Formats, type Section } from './report-parts';

const subheading = (text: string): Content => ({ text, bold: true, margin: [0, 4, 0, 0] });

/** Counts by a label, e.g. relations by status, as a two-column table. */
function counts<K extends string>(
  title: string,
  rows: { key: K; count: number }[],
  names: Record<K, string>,
  l: ReportLabels,
  f: Formats,
): Content[] {
  return [
    subheading(title),
    table(
      [title, l.count],
      rows.map((row) => [names[row.key], f.number(row.count)]),
      ['*', 60],
      [1],
    ),
  ];
}

export const twinning: Section = (data, l, f) => {
  const byStatus = data.twinningByStatus.map((row) => ({ key: row.status, count: row.count }));
  if (byStatus.every((row) => row.count === 0)) return [heading(l.twinning), empty(l.noTwinning)];
  const active = data.cooperation.activeTwinning;
  return [
    heading(l.twinning),
    ...counts(l.byStatus, byStatus, l.enums.TwinningStatus, l, f),
    subheading(l.activeRelations),
    active.length === 0
      ? empty('—')
      : table(
          [l.organisations, l.kind, l.since, l.areas],
          active.map((relation) => [
            relation.organisations.map((o) => `${o.name} (${o.country})`).join('\n'),
            l.enums.TwinningKind[relation.kind],
            relation.since ? f.shortDate(relation.since) : '—',
            relation.areas.join(', '),
          ]),
          ['*', FIT, FIT, 120],
        ),
  ];
};

export const monitoring: Section = (data, l, f) => {
  const byStatus = data.issuesByStatus.map((row) => ({ key: row.status, count: row.count }));
  if (byStatus.every((row) => row.count === 0)) return [heading(l.monitoring), empty(l.noIssues)];
  const { issuesByCategory, severeOpenIssues, severeOpenIssueCount } = data.cooperation;
  const unlisted = severeOpenIssueCount - severeOpenIssues.length;
  const byCategory = issuesByCategory.map((row) => ({ key: row.category, count: row.count }));
  return [
    heading(l.monitoring),
    {
      columns: [
        counts(l.byStatus, byStatus, l.enums.IssueStatus, l, f),
        counts(l.byCategory, byCategory, l.enums.IssueCategory, l, f),
      ],
      columnGap: 24,
    },
    subheading(l.severeOpen),
    severeOpenIssues.length === 0
      ? empty(l.noSevereOpen)
      : table(
          [l.issue, l.severity, l.status, l.raisedBy, l.date],
          severeOpenIssues.map((issue) => [
            {
              text: [
                issue.title,
                { text: `\n${l.enums.IssueCategory[issue.category]}`, style: 'muted' },
              ],
            },
            l.enums.IssueSeverity[issue.severity],
            l.enums.IssueStatus[issue.status],
            issue.raisedBy,
            f.shortDate(issue.raisedAt.toISOString().slice(0, 10)),
          ]),
          ['*', FIT, FIT, 100, FIT],
        ),
    ...(unlisted > 0 ? [empty(l.moreSevereOpen(unlisted))] : []),
  ];
};

function punctuality(cell: PartnerPunctuality, l: ReportLabels): Content {
  if (cell.submittedOnTime === true) return l.onTime;
  if (cell.submittedOnTime === false) return { text: l.submittedLate, color: '#e8590c' };
  return cell.late ? { text: l.lateNow, color: '#c92a2a', bold: true } : l.notDue;
}

export const reporting: Section = (data, l, f) => {
  const periods = data.cooperation.reporting;
  if (periods.length === 0) return [heading(l.reporting), empty(l.noPeriods)];
  return [
    heading(l.reporting),
    ...periods.flatMap((period) => [
      subheading(
        l.periodOf(f.shortDate(period.startsOn), f.shortDate(period.endsOn), f.date(period.dueOn)),
      ),
      table(
        [l.partner, l.status],
        period.partners.map((cell) => [cell.organisation, punctuality(cell, l)]),
        ['*', 160],
      ),
    ]),
  ];
};
