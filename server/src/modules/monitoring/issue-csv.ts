import {
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  FieldMessage,
  ISSUE_COLUMNS,
  LABELS,
  type FieldError,
  type IssueColumn,
  type Locale,
} from '@spilno/shared';
import { In, type DataSource } from 'typeorm';
import { toCsv } from '../../common/csv';
import { Event } from '../events/public';
import { Organisation } from '../organisations/public';
import { Partner, ProgrammeSide } from '../programmes/public';
import { User } from '../users/public';
import { issueQuery, type IssueFilter } from './issue-filter';
import { MonitoringRound } from './monitoring-round.entity';

const ENUM_FILTERS = {
  status: IssueStatus,
  kind: IssueKind,
  category: IssueCategory,
  severity: IssueSeverity,
} as const;

/**
 * The list's filters read from an export URL's query string (?status=OPEN&category=FINANCE…),
 * with the fields that hold an unknown value.
 */
export function filterFromQuery(query: Record<string, unknown>): {
  filter: IssueFilter;
  errors: FieldError[];
} {
  const filter: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const [name, values] of Object.entries(ENUM_FILTERS)) {
    const raw = query[name];
    if (raw === undefined || raw === '') continue;
    if (typeof raw === 'string' && (Object.values(values) as string[]).includes(raw)) {
      filter[name] = raw;
    } else errors.push({ field: name, message: FieldMessage.INVALID });
  }
  for (const name of ['roundId', 'raisedById']) {
    const raw = query[name];
    if (typeof raw === 'string' && raw !== '') filter[name] = raw;
  }
  return { filter: filter as IssueFilter, errors };
}

/**
 * The matching issues of a programme as CSV, newest first, with names instead of ids, its
 * headers and kinds, categories, severities and statuses in the words of the interface.
 */
export async function issuesCsv(
  dataSource: DataSource,
  programmeId: string,
  filter: IssueFilter,
  language: Locale,
): Promise<string> {
  const { enums, issueColumns } = LABELS[language];
  const issues = await issueQuery(dataSource, programmeId, filter).getMany();
  const ids = <K extends 'eventId' | 'roundId' | 'assigneeId' | 'raisedById'>(key: K) => [
    ...new Set(issues.map((issue) => issue[key]).filter((id): id is string => id !== null)),
  ];
  const [organisations, events, rounds, users, partners, sides] = await Promise.all([
    dataSource.getRepository(Organisation).findBy({ id: In(ids('raisedById')) }),
    dataSource.getRepository(Event).findBy({ id: In(ids('eventId')) }),
    dataSource.getRepository(MonitoringRound).findBy({ id: In(ids('roundId')) }),
    dataSource.getRepository(User).findBy({ id: In(ids('assigneeId')) }),
    dataSource.getRepository(Partner).findBy({ programmeId }),
    dataSource.getRepository(ProgrammeSide).findBy({ programmeId }),
  ]);
  const name = <T extends { id: string }>(rows: T[], label: (row: T) => string) => {
    const map = new Map(rows.map((row) => [row.id, label(row)]));
    return (id: string | null) => (id ? (map.get(id) ?? '') : '');
  };
  const organisation = name(organisations, (o) => o.name);
  const event = name(events, (e) => e.title);
  const round = name(rounds, (r) => r.title);
  const user = name(users, (u) => u.name);
  const sideName = name(sides, (s) => s.name);
  const sideOf = new Map(partners.map((p) => [p.organisationId, p.sideId]));
  const localised = (row: Record<IssueColumn, string>) =>
    Object.fromEntries(ISSUE_COLUMNS.map((column) => [issueColumns[column], row[column]]));
  return toCsv(
    ISSUE_COLUMNS.map((column) => issueColumns[column]),
    issues.map((issue) =>
      localised({
        raisedAt: issue.createdAt.toISOString(),
        kind: enums.IssueKind[issue.kind],
        category: enums.IssueCategory[issue.category],
        severity: enums.IssueSeverity[issue.severity],
        status: enums.IssueStatus[issue.status],
        title: issue.title,
        description: issue.description ?? '',
        raisedBy: organisation(issue.raisedById),
        side: sideName(sideOf.get(issue.raisedById) ?? null),
        event: event(issue.eventId),
        round: round(issue.roundId),
        assignee: user(issue.assigneeId),
        resolution: issue.resolution ?? '',
        updatedAt: issue.updatedAt.toISOString(),
      }),
    ),
  );
}
