import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  ErrorCode,
  IssueCategory,
  IssueKind,
  IssueSeverity,
  MonitoringRoundStatus,
} from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildOrganisation, buildPartner } from '../factories';
import type { TestApp } from '../graphql';
import { buildIssue, buildRound, buildSubmission } from '../monitoring-factories';
import {
  CLOSE_ROUND,
  ISSUES,
  issueInput,
  OPEN_ROUND,
  RAISE_ISSUE,
  ROUND_QUERY,
  roundInput,
  ROUNDS,
  SUBMIT_ROUND,
} from '../monitoring-documents';
import {
  auditOf,
  castProgramme,
  expectFields,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

interface Counts {
  problems: number;
  expectations: number;
  total: number;
}
interface RoundData {
  monitoringRound: {
    id: string;
    version: number;
    status: string;
    partners: (Counts & { partnerId: string; sideId: string; submitted: boolean })[];
    sides: (Counts & { sideId: string; partners: number; submitted: number })[];
    results: {
      byCategory: (Counts & { category: string })[];
      bySeverity: (Counts & { severity: string })[];
      byCategoryAndSeverity: (Counts & { category: string; severity: string })[];
    };
  };
}

const roundOf = async (id: string) =>
  (await cast.clients.observer.ok<RoundData>(ROUND_QUERY, { id })).monitoringRound;

describe('opening and closing', () => {
  it('opens a round with its prompts, audited with who opened it', async () => {
    const data = await cast.clients.coordinator.ok<{
      openMonitoringRound: {
        id: string;
        status: string;
        prompts: string[];
        openedBy: { id: string };
      };
    }>(OPEN_ROUND, { programmeId: p.programme.id, input: roundInput() });
    expect(data.openMonitoringRound).toMatchObject({
      status: 'OPEN',
      openedBy: { id: cast.users.coordinator.id },
    });
    expect(data.openMonitoringRound.prompts).toHaveLength(2);
    const entries = await auditOf(app, data.openMonitoringRound.id);
    expect(entries.map((e) => [e.action, e.entityType])).toEqual([['CREATE', 'MonitoringRound']]);
    const { monitoringRounds } = await cast.clients.partner.ok<{
      monitoringRounds: { id: string }[];
    }>(ROUNDS, { programmeId: p.programme.id });
    expect(monitoringRounds.map((r) => r.id)).toContain(data.openMonitoringRound.id);
  });

  it('names a period that ends before it starts, and blank prompts', async () => {
    const result = await cast.clients.coordinator.request(OPEN_ROUND, {
      programmeId: p.programme.id,
      input: roundInput({ title: ' ', periodStart: '2026-07-01', prompts: ['Так', ' '] }),
    });
    expectFields(result, [
      ['input.title', 'required'],
      ['input.prompts', 'required'],
    ]);
    const period = await cast.clients.coordinator.request(OPEN_ROUND, {
      programmeId: p.programme.id,
      input: roundInput({ periodStart: '2026-07-01' }),
    });
    expectFields(period, [['input.periodEnd', 'end_before_start']]);
  });

  it('closes once; a stale version is CONFLICT; a closed round takes no answers', async () => {
    const round = await buildRound(app.dataSource, p.programme.id);
    const rows = () => rowsOf(app, 'monitoring_round', 'id', round.id);
    const stale = await expectNoChange(app, rows, () =>
      cast.clients.coordinator.request(CLOSE_ROUND, { id: round.id, version: 7 }),
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
    const closed = await cast.clients.coordinator.ok<{
      closeMonitoringRound: { status: string; closedAt: string | null; version: number };
    }>(CLOSE_ROUND, { id: round.id, version: 1 });
    expect(closed.closeMonitoringRound).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(closed.closeMonitoringRound.closedAt).not.toBeNull();
    expectFields(
      await cast.clients.coordinator.request(CLOSE_ROUND, { id: round.id, version: 2 }),
      [['status', 'transition_not_allowed']],
    );
    expectFields(await cast.clients.partner.request(SUBMIT_ROUND, { roundId: round.id }), [
      ['roundId', 'not_allowed'],
    ]);
    expectFields(
      await cast.clients.partner.request(RAISE_ISSUE, {
        programmeId: p.programme.id,
        input: issueInput({ roundId: round.id }),
      }),
      [['input.roundId', 'not_allowed']],
    );
  });
});

describe('answers and submissions', () => {
  it('records one submission per partner, audited once, by the partner or for it', async () => {
    const round = await buildRound(app.dataSource, p.programme.id);
    await cast.clients.partner.ok(SUBMIT_ROUND, { roundId: round.id });
    await cast.clients.partner.ok(SUBMIT_ROUND, { roundId: round.id });
    await cast.clients.coordinator.ok(SUBMIT_ROUND, {
      roundId: round.id,
      partnerId: p.plPartner.id,
    });
    const rows = await app.dataSource.query<{ partnerId: string; submittedById: string }[]>(
      'SELECT "partnerId", "submittedById" FROM monitoring_round_submission WHERE "roundId" = $1 ORDER BY "submittedAt"',
      [round.id],
    );
    expect(rows).toEqual([
      { partnerId: p.uaPartner.id, submittedById: cast.users.partner.id },
      { partnerId: p.plPartner.id, submittedById: cast.users.coordinator.id },
    ]);
    expect((await auditOf(app, round.id)).map((e) => e.entityType)).toEqual([
      'RoundSubmission',
      'RoundSubmission',
    ]);
    expectFields(await cast.clients.coordinator.request(SUBMIT_ROUND, { roundId: round.id }), [
      ['partnerId', 'unknown_reference'],
    ]);
  });

  it('shows completion per partner and side, and results by category and severity', async () => {
    const q = await castProgramme(app, cast);
    // A second UA-side partner that has not answered.
    const quiet = await buildPartner(app.dataSource, q, await buildOrganisation(app.dataSource));
    const round = await buildRound(app.dataSource, q.programme.id);
    const other = await buildRound(app.dataSource, q.programme.id);
    const answer = (
      raisedById: string,
      kind: IssueKind,
      category: IssueCategory,
      severity: IssueSeverity,
    ) =>
      buildIssue(app.dataSource, q.programme.id, raisedById, {
        roundId: round.id,
        kind,
        category,
        severity,
      });
    const { PROBLEM, EXPECTATION } = IssueKind;
    await answer(cast.ua.id, PROBLEM, IssueCategory.BORDER_CROSSING, IssueSeverity.CRITICAL);
    await answer(cast.ua.id, PROBLEM, IssueCategory.FINANCE, IssueSeverity.HIGH);
    await answer(cast.ua.id, EXPECTATION, IssueCategory.FINANCE, IssueSeverity.HIGH);
    await answer(cast.pl.id, PROBLEM, IssueCategory.BORDER_CROSSING, IssueSeverity.CRITICAL);
    await answer(cast.pl.id, EXPECTATION, IssueCategory.LEGAL_FRAMEWORK, IssueSeverity.LOW);
    // Neither an issue outside the round nor one of another round counts.
    await buildIssue(app.dataSource, q.programme.id, cast.ua.id);
    await buildIssue(app.dataSource, q.programme.id, cast.ua.id, { roundId: other.id });
    await buildSubmission(app.dataSource, round.id, q.uaPartner.id);
    await buildSubmission(app.dataSource, round.id, q.plPartner.id);
    await buildSubmission(app.dataSource, other.id, quiet.id);

    const data = await roundOf(round.id);
    expect(
      data.partners.map((x) => [x.partnerId, x.submitted, x.problems, x.expectations]),
    ).toEqual([
      [q.uaPartner.id, true, 2, 1],
      [quiet.id, false, 0, 0],
      [q.plPartner.id, true, 1, 1],
    ]);
    expect(
      data.sides.map((s) => [s.sideId, s.partners, s.submitted, s.problems, s.expectations]),
    ).toEqual([
      [q.uaSide.id, 2, 1, 2, 1],
      [q.plSide.id, 1, 1, 1, 1],
    ]);
    const category = Object.fromEntries(data.results.byCategory.map((c) => [c.category, c.total]));
    expect(category).toEqual({
      LEGAL_FRAMEWORK: 1,
      FINANCE: 2,
      INFRASTRUCTURE: 0,
      BORDER_CROSSING: 2,
      PUBLIC_SERVICES: 0,
      OTHER: 0,
    });
    expect(data.results.bySeverity).toEqual([
      { severity: 'LOW', problems: 0, expectations: 1, total: 1 },
      { severity: 'MEDIUM', problems: 0, expectations: 0, total: 0 },
      { severity: 'HIGH', problems: 1, expectations: 1, total: 2 },
      { severity: 'CRITICAL', problems: 2, expectations: 0, total: 2 },
    ]);
    expect(
      data.results.byCategoryAndSeverity.map((c) => [
        c.category,
        c.severity,
        c.problems,
        c.expectations,
      ]),
    ).toEqual([
      ['LEGAL_FRAMEWORK', 'LOW', 0, 1],
      ['FINANCE', 'HIGH', 1, 1],
      ['BORDER_CROSSING', 'CRITICAL', 2, 0],
    ]);
    const { monitoringIssues } = await cast.clients.observer.ok<{
      monitoringIssues: { total: number };
    }>(ISSUES, { programmeId: q.programme.id, roundId: round.id, kind: 'PROBLEM' });
    expect(monitoringIssues.total).toBe(3);
  });

  it('lets partners of both sides answer through the API, then shows them complete', async () => {
    const q = await castProgramme(app, cast);
    const opened = await cast.clients.coordinator.ok<{ openMonitoringRound: { id: string } }>(
      OPEN_ROUND,
      { programmeId: q.programme.id, input: roundInput() },
    );
    const roundId = opened.openMonitoringRound.id;
    for (const member of ['partner', 'neighbour'] as const) {
      await cast.clients[member].ok(RAISE_ISSUE, {
        programmeId: q.programme.id,
        input: issueInput({ roundId }),
      });
      await cast.clients[member].ok(RAISE_ISSUE, {
        programmeId: q.programme.id,
        input: issueInput({ roundId, kind: 'EXPECTATION', category: 'PUBLIC_SERVICES' }),
      });
      await cast.clients[member].ok(SUBMIT_ROUND, { roundId });
    }
    const round = await roundOf(roundId);
    expect(round.sides.map((s) => [s.submitted, s.partners, s.total])).toEqual([
      [1, 1, 2],
      [1, 1, 2],
    ]);
    expect(round.status).toBe(MonitoringRoundStatus.OPEN);
  });
});
