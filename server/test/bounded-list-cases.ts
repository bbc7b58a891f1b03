import {
  IndicatorSource,
  IssueStatus,
  LIST_LIMITS,
  OrganisationKind,
  ReportStatus,
  Role,
  TwinningKind,
  TwinningStatus,
  addDays,
  type ListLimit,
} from '@spilno/shared';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ProgressNote } from '../src/modules/action-plan/progress-note.entity';
import { Event } from '../src/modules/events/event.entity';
import { IssueComment } from '../src/modules/monitoring/issue-comment.entity';
import { IssueStatusChange } from '../src/modules/monitoring/issue-status-change.entity';
import { MonitoringRound } from '../src/modules/monitoring/monitoring-round.entity';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { Programme } from '../src/modules/programmes/programme.entity';
import { ProgressReport } from '../src/modules/progress-reports/progress-report.entity';
import { TwinningRelation } from '../src/modules/twinning/twinning-relation.entity';
import { User } from '../src/modules/users/user.entity';
import { buildAction, buildIndicator, buildOrganisation, buildProgramme } from './factories';
import { buildIssue } from './monitoring-factories';

/**
 * One list field that takes `limit`, with a world of one row more than its default: the
 * document asking for it (with `limit: $limit` when `limited`), and the keys of all its rows
 * in the order the field answers them, so the default and an explicit limit can be checked.
 */
export interface BoundedList {
  field: string;
  bound: ListLimit;
  /** The field keeps the latest rows, the end of `all` (a thread, oldest first). */
  latest?: boolean;
  seed(ds: DataSource): Promise<Seeded>;
}

export interface Seeded {
  document: (limited: boolean) => string;
  variables: Record<string, unknown>;
  /** The answered rows' keys, from the response's data. */
  keys: (data: never) => string[];
  /** Every row's key, in the field's order. */
  all: string[];
}

export const more = (bound: ListLimit) => bound.default + 1;
export const range = (count: number) => Array.from({ length: count }, (_, i) => i);
export const arg = (limited: boolean) => (limited ? '(limit: $limit)' : '');
const argAfter = (limited: boolean) => (limited ? ', limit: $limit' : '');
const withLimit = (limited: boolean, rest = '') =>
  limited ? `(${rest}${rest ? ', ' : ''}$limit: Int!)` : rest ? `(${rest})` : '';
export const at = (i: number) => new Date(Date.UTC(2020, 0, 1, 0, i));
export const day = (i: number) => addDays('2000-01-01', i);

export async function insert<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<string[]> {
  const result = await ds.getRepository(entity).insert(rows as never);
  return result.identifiers.map((identifier) => String(identifier.id));
}

export const organisations = (ds: DataSource, count: number, prefix: string) =>
  insert(
    ds,
    Organisation,
    range(count).map((i) => ({
      name: `${prefix} ${String(i).padStart(4, '0')}`,
      kind: OrganisationKind.CITY_COUNCIL,
      country: 'UA',
      region: null,
    })),
  );

export const events = (
  ds: DataSource,
  programmeId: string,
  count: number,
  fields: Partial<Event> = {},
) =>
  insert(
    ds,
    Event,
    range(count).map((i) => ({
      programmeId,
      type: 'ROUND_TABLE' as Event['type'],
      title: `Подія ${String(i).padStart(4, '0')}`,
      startsAt: at(i),
      endsAt: at(i + 1),
      timeZone: 'Europe/Kyiv',
      status: 'HELD' as Event['status'],
      ...fields,
    })),
  );

export const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

export const BOUNDED_LISTS: BoundedList[] = [
  {
    field: 'Query.programmes',
    bound: LIST_LIMITS.programmes,
    async seed(ds) {
      // Starting later than any other programme of the world, so they come first.
      const all = await insert(
        ds,
        Programme,
        range(more(LIST_LIMITS.programmes)).map((i) => ({
          code: `LATE-${i}`,
          title: 'Пізня програма',
          startsOn: addDays('2090-01-01', -i),
          endsOn: '2095-12-31',
          languages: ['uk'],
        })),
      );
      return {
        document: (l) => `query${withLimit(l)} { programmes${arg(l)} { id } }`,
        variables: {},
        keys: (data: { programmes: { id: string }[] }) => ids(data.programmes),
        all,
      };
    },
  },
  {
    field: 'Query.portfolio',
    bound: LIST_LIMITS.portfolio,
    async seed(ds) {
      const programmes = await ds.getRepository(Programme).find({
        order: { startsOn: 'DESC', code: 'ASC' },
        select: { id: true },
      });
      return {
        document: (l) => `query${withLimit(l)} { portfolio${arg(l)} { programme { id } } }`,
        variables: {},
        keys: (data: { portfolio: { programme: { id: string } }[] }) =>
          data.portfolio.map((entry) => entry.programme.id),
        all: ids(programmes),
      };
    },
  },
  {
    field: 'Query.twinningRelations',
    bound: LIST_LIMITS.twinningRelations,
    async seed(ds) {
      const [hub] = await organisations(ds, 1, 'Хаб');
      const others = await organisations(ds, more(LIST_LIMITS.twinningRelations), 'Побратим');
      const all = await insert(
        ds,
        TwinningRelation,
        others.map((other, i) => ({
          organisationAId: hub,
          organisationBId: other,
          proposingOrganisationId: hub,
          kind: TwinningKind.MEMORANDUM,
          status: TwinningStatus.ACTIVE,
          since: day(1000 - i),
          areas: [],
          contacts: [],
        })),
      );
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID) {
            twinningRelations(organisationId: $id${argAfter(l)}) { id } }`,
        variables: { id: hub },
        keys: (data: { twinningRelations: { id: string }[] }) => ids(data.twinningRelations),
        all,
      };
    },
  },
  {
    field: 'Query.progressReports',
    bound: LIST_LIMITS.progressReports,
    async seed(ds) {
      const { programme, partners } = await buildProgramme(ds, {
        partners: [await buildOrganisation(ds)],
      });
      const partner = partners[0]!;
      const all = await insert(
        ds,
        ProgressReport,
        range(more(LIST_LIMITS.progressReports)).map((i) => ({
          programmeId: programme.id,
          partnerId: partner.id,
          periodStart: day(1000 - i),
          periodEnd: day(1000 - i),
          narrative: 'Звіт',
          status: ReportStatus.SUBMITTED,
        })),
      );
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) {
            progressReports(programmeId: $id${argAfter(l)}) { id } }`,
        variables: { id: programme.id },
        keys: (data: { progressReports: { id: string }[] }) => ids(data.progressReports),
        all,
      };
    },
  },
  {
    field: 'Query.monitoringRounds',
    bound: LIST_LIMITS.monitoringRounds,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      const all = await insert(
        ds,
        MonitoringRound,
        range(more(LIST_LIMITS.monitoringRounds)).map((i) => ({
          programmeId: programme.id,
          title: `Раунд ${i}`,
          periodStart: day(1000 - i),
          periodEnd: day(1000 - i),
          prompts: [],
        })),
      );
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) {
            monitoringRounds(programmeId: $id${argAfter(l)}) { id } }`,
        variables: { id: programme.id },
        keys: (data: { monitoringRounds: { id: string }[] }) => ids(data.monitoringRounds),
        all,
      };
    },
  },
  {
    field: 'Query.missingTranslations',
    bound: LIST_LIMITS.missingTranslations,
    async seed(ds) {
      // The programme's own title, then events by date, each lacking an English title.
      const { programme } = await buildProgramme(ds);
      const eventIds = await events(ds, programme.id, LIST_LIMITS.missingTranslations.default);
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) {
            missingTranslations(programmeId: $id${argAfter(l)}) { recordId field } }`,
        variables: { id: programme.id },
        keys: (data: { missingTranslations: { recordId: string; field: string }[] }) =>
          data.missingTranslations.map((row) => `${row.recordId}/${row.field}`),
        all: [programme.id, ...eventIds].map((id) => `${id}/title`),
      };
    },
  },
  {
    field: 'Query.issueAssignees',
    bound: LIST_LIMITS.issueAssignees,
    async seed(ds) {
      const organisation = await buildOrganisation(ds);
      const { programme } = await buildProgramme(ds, { partners: [organisation] });
      const staff = await insert(
        ds,
        User,
        range(more(LIST_LIMITS.issueAssignees)).map((i) => ({
          email: `staff-${i}@spilno.test`,
          name: `Assignee ${String(i).padStart(4, '0')}`,
          role: Role.PARTNER,
          passwordHash: 'not-used',
          organisationId: organisation.id,
        })),
      );
      // The admins may be assigned too; every one of this world is named to sort after them.
      const admins = await ds
        .getRepository(User)
        .find({ where: { role: Role.ADMIN }, order: { name: 'ASC', id: 'ASC' } });
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) {
            issueAssignees(programmeId: $id${argAfter(l)}) { id } }`,
        variables: { id: programme.id },
        keys: (data: { issueAssignees: { id: string }[] }) => ids(data.issueAssignees),
        all: [...staff, ...ids(admins)],
      };
    },
  },
  {
    field: 'Action.events',
    bound: LIST_LIMITS.actionEvents,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      const action = await buildAction(ds, programme.id);
      const all = await events(ds, programme.id, more(LIST_LIMITS.actionEvents), {
        actionId: action.id,
      });
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) { action(id: $id) { events${arg(l)} { id } } }`,
        variables: { id: action.id },
        keys: (data: { action: { events: { id: string }[] } }) => ids(data.action.events),
        all,
      };
    },
  },
  {
    field: 'Action.history',
    bound: LIST_LIMITS.actionHistory,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      const action = await buildAction(ds, programme.id);
      const notes = await insert(
        ds,
        ProgressNote,
        range(more(LIST_LIMITS.actionHistory)).map((i) => ({
          actionId: action.id,
          at: at(i),
          fromProgress: 0,
          toProgress: 1,
          fromStatus: 'IN_PROGRESS' as ProgressNote['fromStatus'],
          toStatus: 'IN_PROGRESS' as ProgressNote['toStatus'],
        })),
      );
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) { action(id: $id) { history${arg(l)} { id } } }`,
        variables: { id: action.id },
        keys: (data: { action: { history: { id: string }[] } }) => ids(data.action.history),
        // Newest first.
        all: notes.reverse(),
      };
    },
  },
  {
    field: 'Indicator.countedEvents',
    bound: LIST_LIMITS.countedEvents,
    async seed(ds) {
      const { programme } = await buildProgramme(ds);
      await buildIndicator(ds, programme.id, { source: IndicatorSource.EVENTS_HELD });
      const all = await events(ds, programme.id, more(LIST_LIMITS.countedEvents));
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) {
            programme(id: $id) { indicators { countedEvents${arg(l)} { id } } } }`,
        variables: { id: programme.id },
        keys: (data: { programme: { indicators: { countedEvents: { id: string }[] }[] } }) =>
          ids(data.programme.indicators[0]!.countedEvents),
        all,
      };
    },
  },
  ...(['comments', 'history'] as const).map((list): BoundedList => ({
    field: `MonitoringIssue.${list}`,
    bound: list === 'comments' ? LIST_LIMITS.issueComments : LIST_LIMITS.issueHistory,
    latest: true,
    async seed(ds) {
      const organisation = await buildOrganisation(ds);
      const { programme } = await buildProgramme(ds, { partners: [organisation] });
      const issue = await buildIssue(ds, programme.id, organisation.id);
      const count = more(
        list === 'comments' ? LIST_LIMITS.issueComments : LIST_LIMITS.issueHistory,
      );
      const all =
        list === 'comments'
          ? await insert(
              ds,
              IssueComment,
              range(count).map((i) => ({ issueId: issue.id, at: at(i), text: `Коментар ${i}` })),
            )
          : await insert(
              ds,
              IssueStatusChange,
              range(count).map((i) => ({
                issueId: issue.id,
                at: at(i),
                toStatus: IssueStatus.OPEN,
              })),
            );
      return {
        document: (l) =>
          `query(${l ? '$limit: Int!, ' : ''}$id: ID!) {
              monitoringIssue(id: $id) { ${list}${arg(l)} { id } } }`,
        variables: { id: issue.id },
        keys: (data: { monitoringIssue: Record<string, { id: string }[]> }) =>
          ids(data.monitoringIssue[list]!),
        all,
      };
    },
  })),
];
