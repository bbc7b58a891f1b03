import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ErrorCode,
  IssueCategory,
  IssueKind,
  IssueSeverity,
  IssueStatus,
  ProgrammeStatus,
} from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import type { TestApp } from '../graphql';
import { buildIssue, buildRound } from '../monitoring-factories';
import { ISSUE_DASHBOARD, ISSUES } from '../monitoring-documents';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

describe('lists and counts', () => {
  let q: CastProgramme;

  beforeAll(async () => {
    q = await castProgramme(app, cast);
    const round = await buildRound(app.dataSource, q.programme.id);
    const issue = (overrides: Parameters<typeof buildIssue>[3]) =>
      buildIssue(app.dataSource, q.programme.id, cast.ua.id, overrides);
    await issue({ status: IssueStatus.OPEN, category: IssueCategory.FINANCE, roundId: round.id });
    await issue({ status: IssueStatus.OPEN, kind: IssueKind.EXPECTATION });
    await issue({ status: IssueStatus.IN_PROGRESS, severity: IssueSeverity.CRITICAL });
    await buildIssue(app.dataSource, q.programme.id, cast.pl.id, {
      status: IssueStatus.RESOLVED,
      resolution: 'Вирішено',
      category: IssueCategory.BORDER_CROSSING,
    });
    // Another programme's issues never count here.
    await buildIssue(app.dataSource, p.programme.id, cast.ua.id);
  });

  const list = (variables: Record<string, unknown>) =>
    cast.clients.observer.ok<{ monitoringIssues: { total: number; items: { id: string }[] } }>(
      ISSUES,
      { programmeId: q.programme.id, ...variables },
    );

  it('filters by each field and pages with the total', async () => {
    const totals = async (variables: Record<string, unknown>) =>
      (await list(variables)).monitoringIssues.total;
    expect(await totals({})).toBe(4);
    expect(await totals({ status: 'OPEN' })).toBe(2);
    expect(await totals({ kind: 'EXPECTATION' })).toBe(1);
    expect(await totals({ category: 'BORDER_CROSSING' })).toBe(1);
    expect(await totals({ severity: 'CRITICAL' })).toBe(1);
    expect(await totals({ raisedById: cast.pl.id })).toBe(1);
    const [round] = await app.dataSource.query<{ id: string }[]>(
      'SELECT id FROM monitoring_round WHERE "programmeId" = $1',
      [q.programme.id],
    );
    expect(await totals({ roundId: round?.id })).toBe(1);
    const page = await list({ limit: 3, offset: 2 });
    expect(page.monitoringIssues).toMatchObject({ total: 4 });
    expect(page.monitoringIssues.items).toHaveLength(2);
    expect(
      await cast.clients.observer.code(ISSUES, { programmeId: q.programme.id, limit: 0 }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('counts issues by status on the dashboard, every status listed in order', async () => {
    const data = await cast.clients.observer.ok<{
      programmeDashboard: { issuesByStatus: { status: string; count: number }[] };
    }>(ISSUE_DASHBOARD, { programmeId: q.programme.id });
    expect(data.programmeDashboard.issuesByStatus).toEqual([
      { status: 'OPEN', count: 2 },
      { status: 'IN_REVIEW', count: 0 },
      { status: 'IN_PROGRESS', count: 1 },
      { status: 'RESOLVED', count: 1 },
      { status: 'DISMISSED', count: 0 },
    ]);
  });

  it('exports the programme’s issues as CSV with names, filtered like the list', async () => {
    const url = `${app.url}/export/programmes/${q.programme.id}/issues.csv`;
    const headers = { cookie: cast.clients.observer.cookie ?? '' };
    const all = await fetch(url, { headers });
    expect(all.headers.get('content-disposition')).toContain(`${q.programme.code}-issues.csv`);
    const bytes = Buffer.from(await all.arrayBuffer());
    // A byte-order mark, so spreadsheet programs read the Cyrillic names as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
    // Without a language asked for, nor one the browser prefers, in Ukrainian.
    expect(lines[0]).toBe(
      'Порушено,Вид,Категорія,Важливість,Стан,Назва,Опис,Порушила,Сторона,Подія,Раунд,Відповідальний,Рішення,Змінено',
    );
    expect(lines).toHaveLength(5);
    expect(lines.join('\n')).toContain(cast.pl.name);
    expect(lines.join('\n')).toContain('Neighbour region');
    const resolved = await fetch(`${url}?status=RESOLVED`, { headers });
    expect((await resolved.text()).trim().split(/\r?\n/)).toHaveLength(2);
    const bad = await fetch(`${url}?status=SOLVED`, { headers });
    expect(bad.status).toBe(400);
  });

  it('keeps drafts’ issues from observers', async () => {
    const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    await buildIssue(app.dataSource, draft.programme.id, cast.ua.id);
    expect(
      await cast.clients.observer.code(ISSUE_DASHBOARD, { programmeId: draft.programme.id }),
    ).toBe(ErrorCode.NOT_FOUND);
  });
});
