import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode, IssueStatus, MonitoringRoundStatus, Role } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildEvent, buildUser } from '../factories';
import type { TestApp } from '../graphql';
import { buildIssue, buildRound } from '../monitoring-factories';
import {
  ASSIGN_ISSUE,
  ASSIGNEES,
  CHANGE_ISSUE_STATUS,
  COMMENT_ON_ISSUE,
  ISSUE_QUERY,
  issueInput,
  RAISE_ISSUE,
  UPDATE_ISSUE,
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

interface IssueData {
  id: string;
  version: number;
  status: string;
  resolution: string | null;
  raisedBy: { id: string };
  reportedBy: { id: string } | null;
  assignee: { id: string } | null;
}
interface IssueDetail {
  monitoringIssue: IssueData & {
    comments: { text: string; movedTo: string | null; author: { id: string } }[];
    history: { fromStatus: string | null; toStatus: string; changedBy: { id: string } }[];
  };
}

async function raise(overrides: Record<string, unknown> = {}) {
  const data = await cast.clients.partner.ok<{ raiseIssue: IssueData }>(RAISE_ISSUE, {
    programmeId: p.programme.id,
    input: issueInput(overrides),
  });
  return data.raiseIssue;
}

function move(id: string, version: number, status: IssueStatus, extra = {}) {
  return cast.clients.coordinator.request<{ changeIssueStatus: IssueData }>(CHANGE_ISSUE_STATUS, {
    id,
    version,
    status,
    ...extra,
  });
}

describe('raising', () => {
  it('raises for the partner’s own organisation, OPEN, with who typed it in', async () => {
    const issue = await raise();
    expect(issue).toMatchObject({
      status: 'OPEN',
      version: 1,
      raisedBy: { id: cast.ua.id },
      reportedBy: { id: cast.users.partner.id },
      assignee: null,
    });
    const entries = await auditOf(app, issue.id);
    expect(entries.map((e) => [e.action, e.entityType, e.actorId])).toEqual([
      ['CREATE', 'MonitoringIssue', cast.users.partner.id],
    ]);
  });

  it('lets a coordinator raise for a partner organisation, which must be named', async () => {
    const named = await cast.clients.coordinator.ok<{ raiseIssue: IssueData }>(RAISE_ISSUE, {
      programmeId: p.programme.id,
      input: issueInput({ raisedById: cast.pl.id }),
    });
    expect(named.raiseIssue.raisedBy.id).toBe(cast.pl.id);
    const unnamed = await cast.clients.coordinator.request(RAISE_ISSUE, {
      programmeId: p.programme.id,
      input: issueInput(),
    });
    expectFields(unnamed, [['input.raisedById', 'required']]);
  });

  it('names every bad field: blank title, another programme’s event, an unknown raiser', async () => {
    const other = await castProgramme(app, cast);
    const event = await buildEvent(app.dataSource, other.programme.id);
    const round = await buildRound(app.dataSource, other.programme.id);
    const stranger = await buildUser(app.dataSource, { role: Role.OBSERVER });
    const result = await cast.clients.coordinator.request(RAISE_ISSUE, {
      programmeId: p.programme.id,
      input: issueInput({ raisedById: stranger.id, eventId: event.id, roundId: round.id }),
    });
    expectFields(result, [
      ['input.raisedById', 'unknown_reference'],
      ['input.eventId', 'unknown_reference'],
      ['input.roundId', 'unknown_reference'],
    ]);
    const blank = await cast.clients.partner.request(RAISE_ISSUE, {
      programmeId: p.programme.id,
      input: issueInput({ title: '   ', kind: 'PROBLEM' }),
    });
    expectFields(blank, [['input.title', 'required']]);
  });

  it('refuses an answer to a closed round', async () => {
    const round = await buildRound(app.dataSource, p.programme.id, {
      status: MonitoringRoundStatus.CLOSED,
    });
    const result = await cast.clients.partner.request(RAISE_ISSUE, {
      programmeId: p.programme.id,
      input: issueInput({ roundId: round.id }),
    });
    expectFields(result, [['input.roundId', 'not_allowed']]);
  });
});

describe('the workflow', () => {
  it('goes OPEN → IN_REVIEW → IN_PROGRESS → RESOLVED and reopens, with history and thread', async () => {
    const issue = await raise();
    await move(issue.id, 1, IssueStatus.IN_REVIEW);
    await move(issue.id, 2, IssueStatus.IN_PROGRESS, { comment: 'Передано до митниці' });
    const resolved = await move(issue.id, 3, IssueStatus.RESOLVED, {
      resolution: 'Відкрито окрему смугу для автобусів',
    });
    expect(resolved.data?.changeIssueStatus).toMatchObject({
      status: 'RESOLVED',
      version: 4,
      resolution: 'Відкрито окрему смугу для автобусів',
    });
    const reopened = await move(issue.id, 4, IssueStatus.OPEN, { comment: 'Черги повернулись' });
    expect(reopened.data?.changeIssueStatus).toMatchObject({ status: 'OPEN', resolution: null });

    await cast.clients.neighbour.ok(COMMENT_ON_ISSUE, {
      issueId: issue.id,
      text: ' Те саме у нас ',
    });
    const { monitoringIssue } = await cast.clients.observer.ok<IssueDetail>(ISSUE_QUERY, {
      id: issue.id,
    });
    const coordinator = cast.users.coordinator.id;
    expect(monitoringIssue.history.map((h) => [h.fromStatus, h.toStatus, h.changedBy.id])).toEqual([
      [null, 'OPEN', cast.users.partner.id],
      ['OPEN', 'IN_REVIEW', coordinator],
      ['IN_REVIEW', 'IN_PROGRESS', coordinator],
      ['IN_PROGRESS', 'RESOLVED', coordinator],
      ['RESOLVED', 'OPEN', coordinator],
    ]);
    expect(monitoringIssue.comments.map((c) => [c.text, c.movedTo, c.author.id])).toEqual([
      ['Передано до митниці', 'IN_PROGRESS', coordinator],
      ['Черги повернулись', 'OPEN', coordinator],
      ['Те саме у нас', null, cast.users.neighbour.id],
    ]);
    const audit = await auditOf(app, issue.id);
    expect(audit.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'UPDATE']);
    expect(audit[3]?.changes.map((c) => c.field).sort()).toEqual(['resolution', 'status']);
  });

  it('allows only the listed transitions and changes nothing otherwise', async () => {
    const issue = await raise();
    const rows = () => rowsOf(app, 'monitoring_issue', 'id', issue.id);
    for (const status of [IssueStatus.OPEN, IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED]) {
      const result = await expectNoChange(app, rows, () =>
        move(issue.id, 1, status, { resolution: 'Так' }),
      );
      expectFields(result, [['status', 'transition_not_allowed']]);
    }
  });

  it('requires a resolution to resolve or dismiss; the comment stands in for it', async () => {
    const issue = await buildIssue(app.dataSource, p.programme.id, cast.ua.id, {
      status: IssueStatus.IN_PROGRESS,
    });
    const rows = () => rowsOf(app, 'monitoring_issue', 'id', issue.id);
    for (const status of [IssueStatus.RESOLVED, IssueStatus.DISMISSED]) {
      const result = await expectNoChange(app, rows, () =>
        move(issue.id, 1, status, { resolution: '  ', comment: '' }),
      );
      expectFields(result, [['resolution', 'required']]);
    }
    const dismissed = await move(issue.id, 1, IssueStatus.DISMISSED, {
      comment: 'Поза компетенцією органів місцевого самоврядування',
    });
    expect(dismissed.data?.changeIssueStatus.resolution).toBe(
      'Поза компетенцією органів місцевого самоврядування',
    );
  });

  it('lets triage dismiss a duplicate under review without starting work on it', async () => {
    const issue = await raise();
    await move(issue.id, 1, IssueStatus.IN_REVIEW);
    const dismissed = await move(issue.id, 2, IssueStatus.DISMISSED, {
      resolution: 'Дублює вже порушене питання',
    });
    expect(dismissed.data?.changeIssueStatus).toMatchObject({
      status: 'DISMISSED',
      resolution: 'Дублює вже порушене питання',
    });
    const reopened = await move(issue.id, 3, IssueStatus.OPEN);
    expect(reopened.data?.changeIssueStatus.status).toBe('OPEN');
  });

  it('answers a stale version with CONFLICT naming who moved it, and changes nothing', async () => {
    const issue = await raise();
    await move(issue.id, 1, IssueStatus.IN_REVIEW);
    const rows = async () => [
      await rowsOf(app, 'monitoring_issue', 'id', issue.id),
      await rowsOf(app, 'issue_status_change', 'issueId', issue.id),
      await rowsOf(app, 'issue_comment', 'issueId', issue.id),
    ];
    const stale = await expectNoChange(app, rows, () =>
      cast.clients.admin.request(CHANGE_ISSUE_STATUS, {
        id: issue.id,
        version: 1,
        status: 'IN_REVIEW',
        comment: 'Перевіримо',
      }),
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      currentVersion: 2,
      updatedBy: cast.users.coordinator.name,
    });
    for (const request of [
      () =>
        cast.clients.admin.request(UPDATE_ISSUE, { id: issue.id, version: 1, input: issueInput() }),
      () =>
        cast.clients.admin.request(ASSIGN_ISSUE, { id: issue.id, version: 1, assigneeId: null }),
    ]) {
      const result = await expectNoChange(app, rows, request);
      expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.CONFLICT);
    }
  });
});

describe('triage', () => {
  it('edits an issue but keeps the round it answers', async () => {
    const round = await buildRound(app.dataSource, p.programme.id);
    const issue = await raise({ roundId: round.id });
    const data = await cast.clients.coordinator.ok<{
      updateIssue: IssueData & { severity: string; round: { id: string } };
    }>(UPDATE_ISSUE, {
      id: issue.id,
      version: 1,
      input: issueInput({ severity: 'CRITICAL', category: 'LEGAL_FRAMEWORK', roundId: null }),
    });
    expect(data.updateIssue).toMatchObject({
      severity: 'CRITICAL',
      version: 2,
      round: { id: round.id },
    });
    const last = (await auditOf(app, issue.id)).at(-1);
    expect(last?.changes.map((c) => c.field).sort()).toEqual(['category', 'severity']);
  });

  it('assigns to people who work on the programme only', async () => {
    const { issueAssignees } = await cast.clients.coordinator.ok<{
      issueAssignees: { id: string }[];
    }>(ASSIGNEES, { programmeId: p.programme.id });
    const ids = issueAssignees.map((u) => u.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        cast.users.admin.id,
        cast.users.coordinator.id,
        cast.users.partner.id,
        cast.users.neighbour.id,
      ]),
    );
    for (const user of ['otherCoordinator', 'outsider', 'observer'] as const) {
      expect(ids).not.toContain(cast.users[user].id);
    }
    const issue = await raise();
    for (const assigneeId of [cast.users.outsider.id, cast.users.observer.id, 'nobody']) {
      const result = await cast.clients.coordinator.request(ASSIGN_ISSUE, {
        id: issue.id,
        version: 1,
        assigneeId,
      });
      expectFields(result, [['assigneeId', 'unknown_reference']]);
    }
    const assigned = await cast.clients.coordinator.ok<{ assignIssue: IssueData }>(ASSIGN_ISSUE, {
      id: issue.id,
      version: 1,
      assigneeId: cast.users.neighbour.id,
    });
    expect(assigned.assignIssue.assignee?.id).toBe(cast.users.neighbour.id);
    const cleared = await cast.clients.coordinator.ok<{ assignIssue: IssueData }>(ASSIGN_ISSUE, {
      id: issue.id,
      version: 2,
      assigneeId: null,
    });
    expect(cleared.assignIssue.assignee).toBeNull();
  });

  it('refuses a blank or overlong comment, naming the field', async () => {
    const issue = await raise();
    expectFields(
      await cast.clients.partner.request(COMMENT_ON_ISSUE, { issueId: issue.id, text: ' ' }),
      [['text', 'required']],
    );
    expectFields(
      await cast.clients.partner.request(COMMENT_ON_ISSUE, {
        issueId: issue.id,
        text: 'x'.repeat(4001),
      }),
      [['text', 'too_long']],
    );
  });
});
