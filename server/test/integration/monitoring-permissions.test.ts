import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ProgrammeStatus } from '@spilno/shared';
import { useCast } from '../cast-world';
import type { Client, GraphQLResult, TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import { buildIssue, buildRound } from '../monitoring-factories';
import {
  ASSIGN_ISSUE,
  ASSIGNEES,
  CHANGE_ISSUE_STATUS,
  CLOSE_ROUND,
  COMMENT_ON_ISSUE,
  ISSUE_QUERY,
  ISSUES,
  issueInput,
  OPEN_ROUND,
  RAISE_ISSUE,
  ROUND_QUERY,
  roundInput,
  ROUNDS,
  SUBMIT_ROUND,
  UPDATE_ISSUE,
} from '../monitoring-documents';
import {
  castProgramme,
  CAST,
  expectNoChange,
  refusal,
  rowsOf,
  type Access,
  type Cast,
  type CastProgramme,
  type Member,
} from '../programme-cast';

let app: TestApp;
let cast: Cast;
const programmes = {} as Record<ProgrammeStatus.ACTIVE | ProgrammeStatus.DRAFT, CastProgramme>;

useCast((world) => ({ app, cast } = world));
beforeAll(async () => {
  programmes.ACTIVE = await castProgramme(app, cast);
  programmes.DRAFT = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
});

type Rule = Access | 'takePart';

/** Who takes part in a programme's monitoring: its coordinators, admins and partners' staff. */
function expectedCode(member: Member, rule: Rule, status: ProgrammeStatus) {
  if (rule !== 'takePart') return refusal(member, rule, status);
  const read = refusal(member, 'read', status);
  if (read) return read;
  return ['admin', 'coordinator', 'partner', 'neighbour'].includes(member)
    ? undefined
    : ErrorCode.FORBIDDEN;
}

interface Fixture {
  p: CastProgramme;
  issueId: string;
  roundId: string;
}

interface Operation {
  name: string;
  rule: Rule;
  /** Queries of one record answer null, not NOT_FOUND, for what the caller may not read. */
  nullable?: boolean;
  run(client: Client, f: Fixture): Promise<GraphQLResult>;
  /** The rows a refused call must leave as they were. */
  rows?(f: Fixture): Promise<unknown>;
}

const OPERATIONS: Operation[] = [
  {
    name: 'monitoringIssues',
    rule: 'read',
    run: (c, f) => c.request(ISSUES, { programmeId: f.p.programme.id }),
  },
  {
    name: 'monitoringIssue',
    rule: 'read',
    nullable: true,
    run: (c, f) => c.request(ISSUE_QUERY, { id: f.issueId }),
  },
  {
    name: 'monitoringRounds',
    rule: 'read',
    run: (c, f) => c.request(ROUNDS, { programmeId: f.p.programme.id }),
  },
  {
    name: 'monitoringRound',
    rule: 'read',
    nullable: true,
    run: (c, f) => c.request(ROUND_QUERY, { id: f.roundId }),
  },
  {
    name: 'issueAssignees',
    rule: 'coordinate',
    run: (c, f) => c.request(ASSIGNEES, { programmeId: f.p.programme.id }),
  },
  {
    name: 'raiseIssue for the UA partner organisation',
    rule: 'report',
    run: (c, f) =>
      c.request(RAISE_ISSUE, {
        programmeId: f.p.programme.id,
        input: issueInput({ raisedById: cast.ua.id }),
      }),
    rows: (f) => rowsOf(app, 'monitoring_issue', 'programmeId', f.p.programme.id),
  },
  {
    name: 'updateIssue',
    rule: 'coordinate',
    run: (c, f) =>
      c.request(UPDATE_ISSUE, {
        id: f.issueId,
        version: 1,
        input: issueInput({ severity: 'CRITICAL' }),
      }),
    rows: (f) => rowsOf(app, 'monitoring_issue', 'id', f.issueId),
  },
  {
    name: 'changeIssueStatus',
    rule: 'coordinate',
    run: (c, f) =>
      c.request(CHANGE_ISSUE_STATUS, {
        id: f.issueId,
        version: 1,
        status: 'IN_REVIEW',
        comment: 'Беремо в роботу',
      }),
    rows: (f) => rowsOf(app, 'monitoring_issue', 'id', f.issueId),
  },
  {
    name: 'assignIssue',
    rule: 'coordinate',
    run: (c, f) =>
      c.request(ASSIGN_ISSUE, { id: f.issueId, version: 1, assigneeId: cast.users.coordinator.id }),
    rows: (f) => rowsOf(app, 'monitoring_issue', 'id', f.issueId),
  },
  {
    name: 'commentOnIssue',
    rule: 'takePart',
    run: (c, f) => c.request(COMMENT_ON_ISSUE, { issueId: f.issueId, text: 'Підтримуємо' }),
    rows: (f) => rowsOf(app, 'issue_comment', 'issueId', f.issueId),
  },
  {
    name: 'openMonitoringRound',
    rule: 'coordinate',
    run: (c, f) => c.request(OPEN_ROUND, { programmeId: f.p.programme.id, input: roundInput() }),
    rows: (f) => rowsOf(app, 'monitoring_round', 'programmeId', f.p.programme.id),
  },
  {
    name: 'closeMonitoringRound',
    rule: 'coordinate',
    run: (c, f) => c.request(CLOSE_ROUND, { id: f.roundId, version: 1 }),
    rows: (f) => rowsOf(app, 'monitoring_round', 'id', f.roundId),
  },
  {
    name: 'submitRoundAnswers for the UA partner',
    rule: 'report',
    run: (c, f) => c.request(SUBMIT_ROUND, { roundId: f.roundId, partnerId: f.p.uaPartner.id }),
    rows: (f) => rowsOf(app, 'monitoring_round_submission', 'roundId', f.roundId),
  },
];

/** A fresh issue raised by the UA partner organisation and a fresh open round, per test. */
async function fixture(status: keyof typeof programmes): Promise<Fixture> {
  const p = programmes[status];
  const issue = await buildIssue(app.dataSource, p.programme.id, cast.ua.id);
  const round = await buildRound(app.dataSource, p.programme.id);
  return { p, issueId: issue.id, roundId: round.id };
}

const STATUSES = [ProgrammeStatus.ACTIVE, ProgrammeStatus.DRAFT] as const;

describe.each(STATUSES)('on a %s programme', (status) => {
  describe.each(CAST)('as %s', (member) => {
    it.each(OPERATIONS)('$name', async (operation) => {
      const f = await fixture(status);
      const client = cast.clients[member];
      const expected = expectedCode(member, operation.rule, status);
      if (!expected) {
        const result = await operation.run(client, f);
        expect(result.errors).toBeUndefined();
        for (const value of Object.values(result.data ?? {})) expect(value).not.toBeNull();
        return;
      }
      const rows = operation.rows;
      const result = rows
        ? await expectNoChange(
            app,
            () => rows(f),
            () => operation.run(client, f),
          )
        : await operation.run(client, f);
      if (operation.nullable && expected === ErrorCode.NOT_FOUND) {
        expect(result.errors).toBeUndefined();
        for (const value of Object.values(result.data ?? {})) expect(value).toBeNull();
      } else {
        expectRefused(result, expected);
      }
    });
  });
});

describe('permission before input', () => {
  it('is FORBIDDEN to an observer and NOT_FOUND to an outsider, whatever the input', async () => {
    const programmeId = programmes.ACTIVE.programme.id;
    const bad = { programmeId, input: issueInput({ title: ' ', eventId: 'nonsense' }) };
    expect(await cast.clients.observer.code(RAISE_ISSUE, bad)).toBe(ErrorCode.FORBIDDEN);
    expect(await cast.clients.outsider.code(RAISE_ISSUE, bad)).toBe(ErrorCode.NOT_FOUND);
    const round = { programmeId, input: roundInput({ periodStart: '2026-07-01' }) };
    expect(await cast.clients.partner.code(OPEN_ROUND, round)).toBe(ErrorCode.FORBIDDEN);
  });

  it('lets a partner raise only for its own organisation, whatever id it names', async () => {
    const p = programmes.ACTIVE;
    for (const raisedById of [cast.ua.id, cast.users.partner.id, 'not-an-id']) {
      expect(
        await cast.clients.neighbour.code(RAISE_ISSUE, {
          programmeId: p.programme.id,
          input: issueInput({ raisedById }),
        }),
      ).toBe(ErrorCode.FORBIDDEN);
    }
    const own = await cast.clients.neighbour.ok<{ raiseIssue: { raisedBy: { id: string } } }>(
      RAISE_ISSUE,
      { programmeId: p.programme.id, input: issueInput() },
    );
    expect(own.raiseIssue.raisedBy.id).toBe(cast.pl.id);
  });

  it('lets a partner submit only its own answers', async () => {
    const p = programmes.ACTIVE;
    const round = await buildRound(app.dataSource, p.programme.id);
    expect(
      await cast.clients.neighbour.code(SUBMIT_ROUND, {
        roundId: round.id,
        partnerId: p.uaPartner.id,
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    await cast.clients.neighbour.ok(SUBMIT_ROUND, { roundId: round.id });
  });

  it('answers malformed ids with NOT_FOUND or null, never an internal error', async () => {
    const c = cast.clients.coordinator;
    expect(await c.ok(ISSUE_QUERY, { id: 'nope' })).toEqual({ monitoringIssue: null });
    expect(await c.ok(ROUND_QUERY, { id: 'nope' })).toEqual({ monitoringRound: null });
    expect(await c.code(ISSUES, { programmeId: 'nope' })).toBe(ErrorCode.NOT_FOUND);
    expect(await c.code(COMMENT_ON_ISSUE, { issueId: 'nope', text: 'x' })).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect(await c.code(SUBMIT_ROUND, { roundId: 'nope' })).toBe(ErrorCode.NOT_FOUND);
    const filtered = await c.ok<{ monitoringIssues: { total: number } }>(ISSUES, {
      programmeId: programmes.ACTIVE.programme.id,
      roundId: 'nope',
      raisedById: 'nope',
    });
    expect(filtered.monitoringIssues.total).toBe(0);
  });
});

describe('CSV export', () => {
  const download = (client: Client, programmeId: string) =>
    fetch(`${app.url}/export/programmes/${programmeId}/issues.csv`, {
      headers: client.cookie ? { cookie: client.cookie } : {},
    });

  describe.each(STATUSES)('of a %s programme', (status) => {
    it.each(CAST)('as %s follows the read rules', async (member) => {
      const p = programmes[status];
      await buildIssue(app.dataSource, p.programme.id, cast.pl.id, { title: 'Видно в CSV' });
      const response = await download(cast.clients[member], p.programme.id);
      const expected = refusal(member, 'read', status);
      if (!expected) {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(await response.text()).toContain('Видно в CSV');
        return;
      }
      expect(response.status).toBe(expected === ErrorCode.UNAUTHENTICATED ? 401 : 404);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe(expected);
    });
  });
});
