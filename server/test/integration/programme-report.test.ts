import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActionStatus,
  ErrorCode,
  EventStatus,
  IssueCategory,
  IssueSeverity,
  IssueStatus,
  ProgrammeStatus,
  ReportStatus,
  TwinningKind,
  TwinningStatus,
} from '@spilno/shared';
import { gatherReport } from '../../src/modules/programme-report/report-data';
import { reportDocument } from '../../src/modules/programme-report/report-document';
import { reportLabels } from '../../src/modules/programme-report/report-labels';
import { ReportingPeriod } from '../../src/modules/progress-reports/reporting-period.entity';
import { useCastProgramme } from '../cast-world';
import {
  buildAction,
  buildEvent,
  buildIndicator,
  buildOrganisation,
  buildTwinning,
} from '../factories';
import { buildIssue } from '../monitoring-factories';
import { buildReport } from '../report-factories';
import type { Client, TestApp } from '../graphql';
import { documentTexts as texts, pdfInfo } from '../pdf-text';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world), {
  title: 'Прикордонне співробітництво «Слобожанщина»',
});
beforeAll(async () => {
  const ds = app.dataSource;
  const top = await buildAction(ds, p.programme.id, { code: '1', title: 'Конференції' });
  await buildAction(ds, p.programme.id, {
    code: '1.1',
    parentId: top.id,
    title: 'Щорічна конференція',
    status: ActionStatus.IN_PROGRESS,
    ownProgress: 60,
    plannedBudget: 5000,
    responsible: [p.uaPartner],
  });
  await buildEvent(ds, p.programme.id, {
    status: EventStatus.HELD,
    organiserPartnerId: p.plPartner.id,
    attendees: [{ sideId: p.uaSide.id, count: 12 }],
  });
  await buildIndicator(ds, p.programme.id);
  await cooperationOf(p);
});

/**
 * Twinning (an active agreement and a proposed relation), monitoring (a critical open issue,
 * a high resolved one, a low open one) and a past reporting period PL reported late for.
 */
async function cooperationOf(p: CastProgramme) {
  const ds = app.dataSource;
  const id = p.programme.id;
  await buildTwinning(ds, cast.ua, cast.pl, {
    kind: TwinningKind.AGREEMENT,
    since: '2026-03-15',
    areas: ['Освіта'],
    programmeId: id,
  });
  await buildTwinning(ds, cast.ua, await buildOrganisation(ds, { name: 'Люблінська рада' }), {
    status: TwinningStatus.PROPOSED,
    programmeId: id,
  });
  await buildIssue(ds, id, cast.pl.id, {
    title: 'Черги на пункті пропуску',
    category: IssueCategory.BORDER_CROSSING,
    severity: IssueSeverity.CRITICAL,
    status: IssueStatus.IN_REVIEW,
  });
  await buildIssue(ds, id, cast.ua.id, {
    title: 'Вирішена висока',
    severity: IssueSeverity.HIGH,
    status: IssueStatus.RESOLVED,
  });
  await buildIssue(ds, id, cast.ua.id, { title: 'Дрібна відкрита', severity: IssueSeverity.LOW });
  const period = { startsOn: '2025-07-01', endsOn: '2025-12-31', dueOn: '2026-01-31' };
  await ds.getRepository(ReportingPeriod).save({ programmeId: id, ...period });
  for (const [partner, at] of [
    [p.uaPartner, '2026-01-20T10:00:00Z'],
    [p.plPartner, '2026-02-03T10:00:00Z'],
  ] as const) {
    await buildReport(ds, partner, {
      status: ReportStatus.SUBMITTED,
      periodStart: period.startsOn,
      periodEnd: period.endsOn,
      submittedAt: new Date(at),
      firstSubmittedAt: new Date(at),
    });
  }
}

function getReport(client: Client | null, programmeId: string, query = '') {
  return fetch(`${app.url}/programmes/${programmeId}/report.pdf${query}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
}

describe('programme progress report as PDF', () => {
  it('is a PDF document titled after the programme, for readers of the programme', async () => {
    for (const member of ['coordinator', 'partner', 'neighbour', 'observer'] as const) {
      const response = await getReport(cast.clients[member], p.programme.id);
      expect(response.status, member).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      expect(pdfInfo(pdf, 'Title')).toBe(`${p.programme.code} — Звіт про хід виконання програми`);
      expect(pdfInfo(pdf, 'Subject')).toBe(p.programme.title);
    }
  });

  it('is written in the language asked for', async () => {
    const response = await getReport(cast.clients.observer, p.programme.id, '?lang=en');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdfInfo(pdf, 'Title')).toBe(`${p.programme.code} — Programme progress report`);
  });

  it('asks anonymous callers to sign in', async () => {
    const response = await getReport(null, p.programme.id);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('does not exist for callers outside the programme, for drafts or malformed ids', async () => {
    const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    const refused = [
      await getReport(cast.clients.outsider, p.programme.id),
      await getReport(cast.clients.observer, draft.programme.id),
      await getReport(cast.clients.admin, 'not-an-id'),
    ];
    expect(refused.map((response) => response.status)).toEqual([404, 404, 404]);
    expect((await getReport(cast.clients.coordinator, draft.programme.id)).status).toBe(200);
  });
});

describe('progress report: twinning, monitoring and reporting', () => {
  const COOPERATION = `query ($id: ID!) {
    programmeDashboard(programmeId: $id) {
      cooperation {
        activeTwinning { organisations { name country } kind since areas }
        issuesByCategory { category count }
        severeOpenIssues { title severity status raisedBy }
        reporting {
          dueOn
          partners { organisation submittedOnTime late }
        }
      }
    }
  }`;

  it('summarises them for the report page of any reader of the programme', async () => {
    const data = await cast.clients.neighbour.ok<{
      programmeDashboard: { cooperation: Record<string, unknown> };
    }>(COOPERATION, { id: p.programme.id });
    const { cooperation } = data.programmeDashboard;
    expect(cooperation.activeTwinning).toEqual([
      {
        organisations: [
          { name: cast.ua.name, country: 'UA' },
          { name: cast.pl.name, country: 'PL' },
        ],
        kind: 'AGREEMENT',
        since: '2026-03-15',
        areas: ['Освіта'],
      },
    ]);
    expect(cooperation.issuesByCategory).toEqual(
      expect.arrayContaining([
        { category: 'BORDER_CROSSING', count: 1 },
        { category: 'FINANCE', count: 2 },
        { category: 'LEGAL_FRAMEWORK', count: 0 },
      ]),
    );
    expect(cooperation.severeOpenIssues).toEqual([
      {
        title: 'Черги на пункті пропуску',
        severity: 'CRITICAL',
        status: 'IN_REVIEW',
        raisedBy: cast.pl.name,
      },
    ]);
    expect(cooperation.reporting).toEqual([
      {
        dueOn: '2026-01-31',
        partners: [
          { organisation: cast.ua.name, submittedOnTime: true, late: false },
          { organisation: cast.pl.name, submittedOnTime: false, late: false },
        ],
      },
    ]);
  });

  it('prints them as sections of the document, in the language asked for', async () => {
    const data = await gatherReport(app.dataSource, p.programme);
    const uk = texts(reportDocument(data, reportLabels('uk'), new Date()).content);
    for (const text of [
      'Побратимські зв’язки',
      'Чинні зв’язки',
      `${cast.ua.name} (UA)\n${cast.pl.name} (PL)`,
      'Угода',
      'Освіта',
      'Моніторинг проблем і очікувань',
      'Перетин кордону',
      'Черги на пункті пропуску',
      'Критична',
      'Звітування партнерів',
      'вчасно',
      'із запізненням',
    ]) {
      expect(uk, text).toContain(text);
    }
    // Only open issues of high or critical severity are listed by name.
    expect(uk).not.toContain('Вирішена висока');
    expect(uk).not.toContain('Дрібна відкрита');
    const en = texts(reportDocument(data, reportLabels('en'), new Date()).content);
    expect(en).toEqual(expect.arrayContaining(['Twinning relations', 'Border crossing', 'late']));
    expect(uk.some((text) => text.startsWith('І ще таких проблем'))).toBe(false);
  });

  it('lists the twenty worst and oldest severe open issues and counts the rest', async () => {
    const many = await castProgramme(app, cast);
    const ds = app.dataSource;
    // 3 critical and 22 high, raised a day apart, the high ones first.
    for (let day = 1; day <= 25; day++) {
      const issue = await buildIssue(ds, many.programme.id, cast.ua.id, {
        title: `Проблема ${day}`,
        severity: day > 22 ? IssueSeverity.CRITICAL : IssueSeverity.HIGH,
      });
      await ds.query(`UPDATE monitoring_issue SET "createdAt" = $1 WHERE id = $2`, [
        new Date(Date.UTC(2026, 0, day)),
        issue.id,
      ]);
    }
    const data = await cast.clients.observer.ok<{
      programmeDashboard: {
        cooperation: { severeOpenIssues: { title: string }[]; severeOpenIssueCount: number };
      };
    }>(
      `query ($id: ID!) { programmeDashboard(programmeId: $id) {
         cooperation { severeOpenIssues { title } severeOpenIssueCount } } }`,
      { id: many.programme.id },
    );
    const { severeOpenIssues, severeOpenIssueCount } = data.programmeDashboard.cooperation;
    expect(severeOpenIssueCount).toBe(25);
    expect(severeOpenIssues.map((issue) => issue.title)).toEqual(
      [23, 24, 25, ...Array.from({ length: 17 }, (_, i) => i + 1)].map((day) => `Проблема ${day}`),
    );
    const report = await gatherReport(ds, many.programme);
    const uk = texts(reportDocument(report, reportLabels('uk'), new Date()).content);
    expect(uk).toContain('І ще таких проблем: 5.');
    expect(uk).not.toContain('Проблема 18');
    const en = texts(reportDocument(report, reportLabels('en'), new Date()).content);
    expect(en).toContain('And 5 more such issues.');
  });

  it('prints the latest thousand events of a large programme and counts the earlier ones', async () => {
    const large = await castProgramme(app, cast);
    await app.dataSource.query(
      `INSERT INTO event ("programmeId", type, title, "startsAt", "endsAt", "timeZone", status)
       SELECT $1, 'WORKSHOP', 'Семінар ' || n, t, t + interval '1 hour', 'Europe/Kyiv',
              CASE WHEN n % 100 = 0 THEN 'CANCELLED' ELSE 'HELD' END::event_status
         FROM generate_series(1, 1020) AS n,
              LATERAL (SELECT timestamptz '2025-01-01 08:00Z' + n * interval '1 day') AS s(t)`,
      [large.programme.id],
    );
    const report = await gatherReport(app.dataSource, large.programme);
    // 1,010 not cancelled: the first ten are left out, the rest listed in the order held.
    expect(report.eventCount).toBe(1010);
    expect(report.events).toHaveLength(1000);
    expect(report.events[0]?.title).toBe('Семінар 11');
    expect(report.events.at(-1)?.title).toBe('Семінар 1020');
    const uk = texts(reportDocument(report, reportLabels('uk'), new Date()).content);
    expect(uk).toContain('Ранніших подій, тут не наведених: 10.');
    const en = texts(reportDocument(report, reportLabels('en'), new Date()).content);
    expect(en).toContain('10 earlier events are not listed.');
  });
});
