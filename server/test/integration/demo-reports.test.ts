import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoData } from '../../src/database/demo-seed';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { REPORTING_STATUS } from '../report-documents';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id }
}`;

const REPORTS = `query ($programmeId: ID!) {
  progressReports(programmeId: $programmeId) {
    id status periodStart canEdit canReview firstSubmittedAt
    partner { id side { country } organisation { name } }
    reviews { decision at author { email } }
    content { frozenAt actions { code } events { title } attendeesBySide { count } }
  }
}`;

interface Report {
  id: string;
  status: string;
  periodStart: string;
  canEdit: boolean;
  canReview: boolean;
  firstSubmittedAt: string | null;
  partner: { id: string; side: { country: string }; organisation: { name: string } };
  reviews: { decision: string; at: string; author: { email: string } | null }[];
  content: {
    frozenAt: string | null;
    actions: { code: string }[];
    events: { title: string }[];
    attendeesBySide: { count: number }[];
  };
}

describe('demo reports of the 2012–2014 programme', () => {
  let app: TestApp;
  let programmeId: string;
  const clients: Record<string, Client> = {};
  const as = async (email: string) => {
    if (!clients[email]) {
      const client = app.anonymous();
      await client.ok(SIGN_IN, { email, password: DEMO_PASSWORD });
      clients[email] = client;
    }
    return clients[email];
  };
  const reportsAs = async (email: string) =>
    (await (await as(email)).ok<{ progressReports: Report[] }>(REPORTS, { programmeId }))
      .progressReports;

  beforeAll(async () => {
    app = await startTestApp();
    await loadDemoData(app.dataSource);
    const [row] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM programme WHERE code = 'KH-BE-2012'`,
    );
    programmeId = row?.id ?? '';
  });
  afterAll(() => app?.close());

  it('has the half-years of 2012, with one partner late for both', async () => {
    const { reportingStatus } = await (
      await as('observer@spilno.test')
    ).ok<{
      reportingStatus: {
        lateCount: number;
        periods: { startsOn: string; endsOn: string; dueOn: string }[];
        cells: { partnerId: string; late: boolean; status: string | null }[];
      };
    }>(REPORTING_STATUS, { programmeId });
    expect(reportingStatus.periods).toEqual([
      expect.objectContaining({
        startsOn: '2012-01-01',
        endsOn: '2012-06-30',
        dueOn: '2012-07-30',
      }),
      expect.objectContaining({
        startsOn: '2012-07-01',
        endsOn: '2012-12-31',
        dueOn: '2013-01-30',
      }),
    ]);
    expect(reportingStatus.cells).toHaveLength(12);
    const late = reportingStatus.cells.filter((c) => c.late);
    expect(late).toHaveLength(2);
    expect(new Set(late.map((c) => c.partnerId)).size).toBe(1);
    expect(reportingStatus.lateCount).toBe(2);
  });

  it('has approved and submitted reports from both sides, frozen with what they reported', async () => {
    const reports = await reportsAs('coordinator@spilno.test');
    expect(reports).toHaveLength(10);
    for (const status of ['APPROVED', 'SUBMITTED']) {
      const sides = new Set(
        reports.filter((r) => r.status === status).map((r) => r.partner.side.country),
      );
      expect(sides).toEqual(new Set(['UA', 'RU']));
    }
    for (const report of reports) {
      // A report sent back is being written again: its content is live.
      const live = report.status === 'CHANGES_REQUESTED';
      expect(report.content.frozenAt === null).toBe(live);
    }
    const regionAutumn = reports.find(
      (r) => r.periodStart === '2012-07-01' && r.partner.organisation.name.includes('обласна рада'),
    );
    expect(regionAutumn?.status).toBe('SUBMITTED');
    expect(regionAutumn?.content.actions.map((a) => a.code)).toEqual(['1.1', '2.1']);
    expect(regionAutumn?.content.events.length).toBe(2);
    expect(regionAutumn?.canReview).toBe(true);
  });

  it('keeps the review threads, and the rules hold on the demo data', async () => {
    const reports = await reportsAs('coordinator@spilno.test');
    const backAndForth = reports.find((r) => r.reviews.length === 2);
    expect(backAndForth?.reviews.map((r) => [r.decision, r.at.slice(0, 10)])).toEqual([
      ['REQUEST_CHANGES', '2012-08-02'],
      ['APPROVE', '2012-08-14'],
    ]);
    // The association's reports wait for a reviewer from outside the association.
    const [association] = await app.dataSource.query<{ id: string }[]>(
      `SELECT p.id FROM partner p JOIN user_account u ON u."organisationId" = p."organisationId"
        WHERE p."programmeId" = $1 AND u.email = 'coordinator@spilno.test'`,
      [programmeId],
    );
    const own = reports.filter((r) => r.partner.id === association?.id);
    expect(own.map((r) => [r.status, r.canReview])).toEqual([
      ['SUBMITTED', false],
      ['SUBMITTED', false],
    ]);
    // The neighbour's partner has a report sent back to fix.
    const neighbour = await reportsAs('partner.neighbour@spilno.test');
    expect(neighbour.filter((r) => r.canEdit).map((r) => r.status)).toEqual(['CHANGES_REQUESTED']);
  });
});
