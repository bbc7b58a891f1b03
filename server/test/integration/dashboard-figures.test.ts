import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActionStatus,
  EventStatus,
  EventType,
  IndicatorSource,
  ReportStatus,
} from '@spilno/shared';
import { ReportingPeriod } from '../../src/modules/progress-reports/reporting-period.entity';
import { useCast } from '../cast-world';
import { buildAction, buildEvent, buildEvents, buildIndicator } from '../factories';
import { buildIssue } from '../monitoring-factories';
import { buildReport } from '../report-factories';
import type { TestApp } from '../graphql';
import { FULL_DASHBOARD, type FullDashboard } from '../dashboard-documents';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { countStatements, recordStatements } from '../statements';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

async function dashboardOf(p: CastProgramme): Promise<FullDashboard> {
  const data = await cast.clients.observer.ok<{ programmeDashboard: FullDashboard }>(
    FULL_DASHBOARD,
    { programmeId: p.programme.id },
  );
  return data.programmeDashboard;
}

const FUTURE = '2099-12-31';

/**
 * A plan of two top-level actions (one with two sub-actions, one overdue), budgets shared by
 * partners, events of both sides across three quarters, two indicators, issues raised by both
 * sides and reports for a past and a future period.
 */
async function knownProgramme() {
  const p = await castProgramme(app, cast);
  const ds = app.dataSource;
  const id = p.programme.id;
  const a1 = await buildAction(ds, id, { code: '1', dueOn: FUTURE });
  await buildAction(ds, id, {
    code: '1.1',
    parentId: a1.id,
    status: ActionStatus.DONE,
    ownProgress: 100,
    dueOn: '2026-03-31',
    plannedBudget: 1000,
    spentBudget: 400,
    responsible: [p.uaPartner],
  });
  await buildAction(ds, id, {
    code: '1.2',
    parentId: a1.id,
    status: ActionStatus.IN_PROGRESS,
    ownProgress: 50,
    dueOn: '2026-06-30',
  });
  const a2 = await buildAction(ds, id, {
    code: '2',
    status: ActionStatus.IN_PROGRESS,
    ownProgress: 20,
    dueOn: FUTURE,
    plannedBudget: 600,
    spentBudget: 300,
    responsible: [p.uaPartner, p.plPartner],
  });
  const held = { status: EventStatus.HELD };
  await buildEvent(ds, id, {
    ...held,
    type: EventType.ROUND_TABLE,
    startsAt: new Date('2026-02-10T08:00:00Z'),
    endsAt: new Date('2026-02-10T11:00:00Z'),
    organiserPartnerId: p.uaPartner.id,
    attendees: [
      { sideId: p.uaSide.id, count: 10 },
      { sideId: p.plSide.id, count: 5 },
    ],
  });
  await buildEvent(ds, id, {
    ...held,
    type: EventType.CONFERENCE,
    startsAt: new Date('2026-04-20T08:00:00Z'),
    endsAt: new Date('2026-04-20T15:00:00Z'),
    organiserPartnerId: p.plPartner.id,
    actionId: a2.id,
    attendees: [
      { sideId: p.uaSide.id, count: 3 },
      { sideId: p.plSide.id, count: 12 },
    ],
  });
  // Past midnight of New Year in Kyiv, still 2025 in UTC: the first quarter of 2026.
  await buildEvent(ds, id, {
    ...held,
    type: EventType.WORKSHOP,
    startsAt: new Date('2025-12-31T22:30:00Z'),
    endsAt: new Date('2025-12-31T23:30:00Z'),
    timeZone: 'Europe/Kyiv',
    organiserPartnerId: p.plPartner.id,
    attendees: [{ sideId: p.plSide.id, count: 4 }],
  });
  // Planned and cancelled events count nowhere.
  await buildEvent(ds, id, {
    organiserPartnerId: p.uaPartner.id,
    attendees: [{ sideId: p.uaSide.id, count: 100 }],
  });
  await buildEvent(ds, id, {
    status: EventStatus.CANCELLED,
    organiserPartnerId: p.plPartner.id,
    attendees: [{ sideId: p.plSide.id, count: 100 }],
  });
  await buildIndicator(ds, id, { name: 'Угоди', unit: 'agreements', target: 10, achieved: 4 });
  await buildIndicator(ds, id, {
    name: 'Події',
    unit: 'events',
    target: 6,
    source: IndicatorSource.EVENTS_HELD,
  });
  const issues = [
    await buildIssue(ds, id, p.uaPartner.organisationId),
    await buildIssue(ds, id, p.uaPartner.organisationId),
    await buildIssue(ds, id, p.plPartner.organisationId),
  ];
  await issueHistory(issues.map((issue) => issue.id));
  await reportingHistory(p);
  return p;
}

/**
 * The first issue raised in April and dismissed from review in August, the second raised in
 * the last hour of June (UTC), the third in the first hour of July.
 */
async function issueHistory([first, second, third]: string[]) {
  const steps: [string | undefined, string | null, string, string][] = [
    [first, null, 'OPEN', '2026-04-10T09:00:00Z'],
    [first, 'OPEN', 'IN_REVIEW', '2026-05-01T09:00:00Z'],
    [first, 'IN_REVIEW', 'DISMISSED', '2026-08-01T09:00:00Z'],
    [second, null, 'OPEN', '2026-06-30T23:00:00Z'],
    [third, null, 'OPEN', '2026-07-01T00:30:00Z'],
  ];
  for (const [issueId, from, to, at] of steps) {
    await app.dataSource.query(
      `INSERT INTO issue_status_change ("issueId", "fromStatus", "toStatus", at)
       VALUES ($1, $2, $3, $4)`,
      [issueId, from, to, at],
    );
  }
}

/**
 * A period due in January 2026 that UA reported on time and PL a fortnight late, and a period
 * not due yet that PL already reported: it counts neither as due nor as on time.
 */
async function reportingHistory(p: CastProgramme) {
  const periods = app.dataSource.getRepository(ReportingPeriod);
  const past = { startsOn: '2025-07-01', endsOn: '2025-12-31', dueOn: '2026-01-31' };
  const future = { startsOn: '2099-01-01', endsOn: '2099-06-30', dueOn: '2099-07-31' };
  await periods.save([past, future].map((dates) => ({ programmeId: p.programme.id, ...dates })));
  const submitted = (period: typeof past, at: string) => ({
    status: ReportStatus.SUBMITTED,
    periodStart: period.startsOn,
    periodEnd: period.endsOn,
    submittedAt: new Date(at),
    firstSubmittedAt: new Date(at),
  });
  await buildReport(app.dataSource, p.uaPartner, submitted(past, '2026-01-31T23:30:00Z'));
  await buildReport(app.dataSource, p.plPartner, submitted(past, '2026-02-14T09:00:00Z'));
  await buildReport(app.dataSource, p.plPartner, submitted(future, '2026-03-01T09:00:00Z'));
}

function groupByQuarter(rows: FullDashboard['issuesPerQuarter']): [string, [string, number][]][] {
  const quarters = new Map<string, [string, number][]>();
  for (const row of rows) {
    quarters.set(row.quarter, [...(quarters.get(row.quarter) ?? []), [row.status, row.count]]);
  }
  return [...quarters];
}

describe('programme dashboard against a known data set', () => {
  let p: CastProgramme;
  let dashboard: FullDashboard;

  beforeAll(async () => {
    p = await knownProgramme();
    dashboard = await dashboardOf(p);
  });

  it('rolls progress up and counts overdue and every action by status', () => {
    // Action 1 = mean(100, 50) = 75; overall = mean(75, 20).
    expect(dashboard.overallProgress).toBe(47.5);
    expect(dashboard.overdueActions).toBe(1);
    expect(dashboard.actionsByStatus).toEqual([
      { status: 'PLANNED', count: 1 },
      { status: 'IN_PROGRESS', count: 2 },
      { status: 'DONE', count: 1 },
      { status: 'CANCELLED', count: 0 },
    ]);
  });

  it('gives the top-level actions with their rolled-up progress, by code', () => {
    expect(
      dashboard.topActions.map(({ code, progress, status, overdue }) => ({
        code,
        progress,
        status,
        overdue,
      })),
    ).toEqual([
      { code: '1', progress: 75, status: 'PLANNED', overdue: false },
      { code: '2', progress: 20, status: 'IN_PROGRESS', overdue: false },
    ]);
  });

  it('counts held events per quarter of their own zone, type and organising side', () => {
    expect(dashboard.eventsPerQuarter).toEqual([
      { quarter: '2026-Q1', type: 'ROUND_TABLE', sideId: p.uaSide.id, count: 1 },
      { quarter: '2026-Q1', type: 'WORKSHOP', sideId: p.plSide.id, count: 1 },
      { quarter: '2026-Q2', type: 'CONFERENCE', sideId: p.plSide.id, count: 1 },
    ]);
    expect(dashboard.attendeesBySide).toEqual([
      { sideId: p.uaSide.id, count: 13 },
      { sideId: p.plSide.id, count: 21 },
    ]);
  });

  it('counts issues by their status at the end of each quarter, from the status history', () => {
    const [q2, q3, ...later] = groupByQuarter(dashboard.issuesPerQuarter);
    expect(q2).toEqual([
      '2026-Q2',
      [
        ['OPEN', 1],
        ['IN_REVIEW', 1],
      ],
    ]);
    expect(q3).toEqual([
      '2026-Q3',
      [
        ['OPEN', 2],
        ['DISMISSED', 1],
      ],
    ]);
    // Nothing changed since: every later quarter up to the current one stands as Q3 ended.
    expect(later.length).toBeGreaterThan(0);
    for (const [, counts] of later) expect(counts).toEqual(q3?.[1]);
  });

  it('sets each indicator’s target against what was achieved', () => {
    expect(
      dashboard.indicators.map(({ name, target, achieved }) => [name, target, achieved]),
    ).toEqual([
      ['Угоди', 10, 4],
      ['Події', 6, 3],
    ]);
  });

  it('splits planned and spent budget among the responsible partners', () => {
    expect(dashboard.budget.total).toEqual({ planned: 1600, spent: 700 });
    expect(dashboard.budget.byPartner).toEqual(
      expect.arrayContaining([
        { id: p.uaPartner.id, planned: 1300, spent: 550 },
        { id: p.plPartner.id, planned: 300, spent: 150 },
      ]),
    );
  });

  it('balances the sides: events, attendees, partners, budget, issues and reports on time', () => {
    expect(dashboard.balance).toEqual([
      {
        sideId: p.uaSide.id,
        name: p.uaSide.name,
        country: 'UA',
        partners: 1,
        eventsOrganised: 1,
        attendeesSent: 13,
        budgetPlanned: 1300,
        budgetSpent: 550,
        issuesRaised: 2,
        reportsDue: 1,
        reportsOnTime: 1,
      },
      {
        sideId: p.plSide.id,
        name: p.plSide.name,
        country: 'PL',
        partners: 1,
        eventsOrganised: 2,
        attendeesSent: 21,
        budgetPlanned: 300,
        budgetSpent: 150,
        issuesRaised: 1,
        reportsDue: 1,
        reportsOnTime: 0,
      },
    ]);
  });

  it('answers an empty programme with zeros, every side listed', async () => {
    const empty = await dashboardOf(await castProgramme(app, cast));
    expect(empty.overallProgress).toBe(0);
    expect(empty.topActions).toEqual([]);
    expect(empty.eventsPerQuarter).toEqual([]);
    expect(empty.indicators).toEqual([]);
    expect(empty.issuesPerQuarter).toEqual([]);
    expect(
      empty.balance.map((side) => [
        side.eventsOrganised,
        side.budgetPlanned,
        side.issuesRaised,
        side.reportsDue,
        side.reportsOnTime,
      ]),
    ).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });
});

describe('programme dashboard cost', () => {
  /** A programme like the known one with `count` more held events (all past), inserted in bulk. */
  async function programmeWithEvents(count: number): Promise<CastProgramme> {
    const p = await knownProgramme();
    await buildEvents(app.dataSource, p.programme.id, [p.uaPartner.id, p.plPartner.id], count);
    return p;
  }

  it('sends as many statements for 10,000 events as for 10', async () => {
    const small = await programmeWithEvents(10);
    const large = await programmeWithEvents(10_000);
    const costOf = (p: CastProgramme) => countStatements(app, () => dashboardOf(p));
    const few = await costOf(small);
    const many = await costOf(large);
    expect(many.result.eventsByType.reduce((sum, row) => sum + row.count, 0)).toBe(10_003);
    expect(many.result.balance.map((side) => side.attendeesSent)).toEqual([
      13 + 20_000,
      21 + 20_000,
    ]);
    expect(many.count).toBe(few.count);
    // A fixed cost: a statement or two per figure asked for, whatever the data.
    expect(many.count).toBeLessThanOrEqual(19);
  });

  it('reads nothing twice: the action tree and the budget once for all the figures that need them', async () => {
    const p = await programmeWithEvents(10);
    const { statements } = await recordStatements(app, () => dashboardOf(p));
    const seen = new Map<string, number>();
    for (const statement of statements) seen.set(statement, (seen.get(statement) ?? 0) + 1);
    expect([...seen].filter(([, times]) => times > 1)).toEqual([]);
    expect(statements.filter((sql) => /FROM "action"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /WITH shares AS/.test(sql))).toHaveLength(1);
  });
});
