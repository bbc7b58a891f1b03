import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoData } from '../../src/database/demo-seed';
import { KH_BE_ISSUES, KH_BE_ROUNDS } from '../../src/database/demo-seed/monitoring';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { ISSUE_DASHBOARD, ROUND_QUERY } from '../monitoring-documents';

const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;
const PROGRAMMES = '{ programmes { id code } }';
const ISSUES = `query ($programmeId: ID!) {
  monitoringIssues(programmeId: $programmeId, limit: 200) {
    total
    items {
      status resolution raisedBy { country }
      comments { author { email } movedTo }
      history { toStatus changedBy { email } }
    }
  }
}`;
const ROUNDS = `query ($programmeId: ID!) { monitoringRounds(programmeId: $programmeId) { id status } }`;

interface Issues {
  monitoringIssues: {
    total: number;
    items: {
      status: string;
      resolution: string | null;
      raisedBy: { country: string };
      comments: { author: { email: string }; movedTo: string | null }[];
      history: { toStatus: string; changedBy: { email: string } }[];
    }[];
  };
}
interface RoundFigures {
  monitoringRound: {
    status: string;
    sides: { partners: number; submitted: number; total: number }[];
    results: { byCategory: { category: string; total: number }[] };
  };
}

describe('demo monitoring of the cross-border programme', () => {
  let app: TestApp;
  let observer: Client;
  let programmeId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await loadDemoData(app.dataSource);
    observer = app.anonymous();
    await observer.ok(SIGN_IN, { email: 'observer@spilno.test', password: DEMO_PASSWORD });
    const { programmes } = await observer.ok<{ programmes: { id: string; code: string }[] }>(
      PROGRAMMES,
    );
    programmeId = programmes.find((p) => p.code === 'KH-BE-2012')!.id;
  });
  afterAll(() => app?.close());

  it('has problems and expectations raised from both sides, one resolved with its resolution', async () => {
    const { monitoringIssues } = await observer.ok<Issues>(ISSUES, { programmeId });
    expect(monitoringIssues.total).toBe(KH_BE_ISSUES.length);
    const countries = new Set(monitoringIssues.items.map((i) => i.raisedBy.country));
    expect(countries).toEqual(new Set(['UA', 'RU']));
    const resolved = monitoringIssues.items.filter((i) => i.status === 'RESOLVED');
    expect(resolved.length).toBeGreaterThanOrEqual(1);
    for (const issue of resolved) expect(issue.resolution).toBeTruthy();
    const commenters = new Set(
      monitoringIssues.items.flatMap((i) => i.comments.map((c) => c.author.email)),
    );
    expect(commenters).toEqual(
      new Set([
        'coordinator@spilno.test',
        'partner.kharkiv@spilno.test',
        'partner.neighbour@spilno.test',
      ]),
    );
    for (const issue of monitoringIssues.items) {
      expect(issue.history[0]?.toStatus).toBe('OPEN');
      expect(issue.history.at(-1)?.toStatus).toBe(issue.status);
    }
  });

  it('counts them by status on the dashboard', async () => {
    const data = await observer.ok<{
      programmeDashboard: { issuesByStatus: { status: string; count: number }[] };
    }>(ISSUE_DASHBOARD, { programmeId });
    const counts = data.programmeDashboard.issuesByStatus;
    expect(counts).toHaveLength(5);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(KH_BE_ISSUES.length);
  });

  it('has a closed round answered on both sides and an open one still going', async () => {
    const { monitoringRounds } = await observer.ok<{
      monitoringRounds: { id: string; status: string }[];
    }>(ROUNDS, { programmeId });
    expect(monitoringRounds.map((r) => r.status).sort()).toEqual(['CLOSED', 'OPEN']);
    expect(monitoringRounds).toHaveLength(KH_BE_ROUNDS.length);
    const closed = monitoringRounds.find((r) => r.status === 'CLOSED')!;
    const { monitoringRound } = await observer.ok<RoundFigures>(ROUND_QUERY, { id: closed.id });
    expect(monitoringRound.sides).toHaveLength(2);
    for (const side of monitoringRound.sides) {
      expect(side.submitted).toBeGreaterThan(0);
      expect(side.submitted).toBeLessThan(side.partners);
      expect(side.total).toBeGreaterThan(0);
    }
    const categories = monitoringRound.results.byCategory.filter((c) => c.total > 0);
    expect(categories.length).toBeGreaterThanOrEqual(4);
  });
});
