import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@spilno/shared';
import { lateReportCounts } from '../../src/modules/progress-reports/reporting-status';
import { useCast } from '../cast-world';
import { buildOrganisation, buildPartner } from '../factories';
import type { TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import {
  auditOf,
  castProgramme,
  expectFields,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  CREATE_PERIOD,
  CREATE_REPORT,
  GENERATE_PERIODS,
  REMOVE_PERIOD,
  REPORT_QUERY,
  REPORTING_STATUS,
  reportInput,
  REVIEW_REPORT,
  SUBMIT_REPORT,
  UPDATE_PERIOD,
  type ReportData,
} from '../report-documents';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

interface Period {
  id: string;
  version: number;
  startsOn: string;
  endsOn: string;
  dueOn: string;
}

async function period(p: CastProgramme, startsOn: string, endsOn: string, dueOn: string) {
  const data = await cast.clients.coordinator.ok<{ createReportingPeriod: Period }>(CREATE_PERIOD, {
    programmeId: p.programme.id,
    input: { startsOn, endsOn, dueOn },
  });
  return data.createReportingPeriod;
}

async function report(p: CastProgramme, partner: 'partner' | 'neighbour', on: Period) {
  const data = await cast.clients[partner].ok<{ createProgressReport: ReportData }>(CREATE_REPORT, {
    programmeId: p.programme.id,
    partnerId: partner === 'partner' ? p.uaPartner.id : p.plPartner.id,
    input: reportInput({ periodStart: on.startsOn, periodEnd: on.endsOn }),
  });
  return data.createProgressReport;
}

async function submit(r: ReportData, partner: 'partner' | 'neighbour') {
  const data = await cast.clients[partner].ok<{ submitProgressReport: ReportData }>(SUBMIT_REPORT, {
    id: r.id,
    version: r.version,
  });
  return data.submitProgressReport;
}

describe('defining periods', () => {
  it('generates half-years over the programme, then only what is missing', async () => {
    const p = await castProgramme(app, cast, { startsOn: '2012-01-01', endsOn: '2014-12-31' });
    const first = await cast.clients.coordinator.ok<{ generateReportingPeriods: Period[] }>(
      GENERATE_PERIODS,
      { programmeId: p.programme.id },
    );
    expect(first.generateReportingPeriods.map((x) => [x.startsOn, x.endsOn, x.dueOn])).toEqual([
      ['2012-01-01', '2012-06-30', '2012-07-30'],
      ['2012-07-01', '2012-12-31', '2013-01-30'],
      ['2013-01-01', '2013-06-30', '2013-07-30'],
      ['2013-07-01', '2013-12-31', '2014-01-30'],
      ['2014-01-01', '2014-06-30', '2014-07-30'],
      ['2014-07-01', '2014-12-31', '2015-01-30'],
    ]);
    const again = await cast.clients.coordinator.ok<{ generateReportingPeriods: Period[] }>(
      GENERATE_PERIODS,
      { programmeId: p.programme.id, months: 3 },
    );
    expect(again.generateReportingPeriods).toEqual(first.generateReportingPeriods);
    expect(
      await cast.clients.coordinator.request(GENERATE_PERIODS, {
        programmeId: p.programme.id,
        months: 0,
      }),
    ).toMatchObject({ errors: [{ extensions: { fields: [{ field: 'months' }] } }] });
  });

  it('keeps periods in order, within the programme, due after they end, never overlapping', async () => {
    const p = await castProgramme(app, cast);
    const create = (startsOn: string, endsOn: string, dueOn: string) =>
      cast.clients.coordinator.request(CREATE_PERIOD, {
        programmeId: p.programme.id,
        input: { startsOn, endsOn, dueOn },
      });
    expectFields(await create('2026-06-30', '2026-01-01', '2026-07-31'), [
      ['input.endsOn', 'end_before_start'],
    ]);
    expectFields(await create('2025-07-01', '2026-06-30', '2026-06-01'), [
      ['input.startsOn', 'outside_period'],
      ['input.dueOn', 'end_before_start'],
    ]);
    await period(p, '2026-01-01', '2026-06-30', '2026-07-31');
    expectFields(await create('2026-06-01', '2026-12-31', '2027-01-31'), [
      ['input.startsOn', 'taken'],
    ]);
  });

  it('keeps a period with reports: its dates cannot move nor can it go; its due date can', async () => {
    const p = await castProgramme(app, cast);
    const h1 = await period(p, '2026-01-01', '2026-06-30', '2026-07-31');
    await report(p, 'partner', h1);
    const move = { startsOn: '2026-01-01', endsOn: '2026-05-31', dueOn: '2026-07-31' };
    expectFields(
      await cast.clients.coordinator.request(UPDATE_PERIOD, { id: h1.id, version: 1, input: move }),
      [['input.startsOn', 'in_use']],
    );
    expectFields(await cast.clients.coordinator.request(REMOVE_PERIOD, { id: h1.id, version: 1 }), [
      ['id', 'in_use'],
    ]);
    const later = await cast.clients.coordinator.ok<{ updateReportingPeriod: Period }>(
      UPDATE_PERIOD,
      { id: h1.id, version: 1, input: { ...move, endsOn: '2026-06-30', dueOn: '2026-08-15' } },
    );
    expect(later.updateReportingPeriod).toMatchObject({ version: 2, dueOn: '2026-08-15' });
    expectRefused(
      await cast.clients.coordinator.request(UPDATE_PERIOD, { id: h1.id, version: 1, input: move }),
      ErrorCode.CONFLICT,
    );
    const h2 = await period(p, '2026-07-01', '2026-12-31', '2027-01-31');
    expect(
      await cast.clients.coordinator.ok(REMOVE_PERIOD, { id: h2.id, version: h2.version }),
    ).toEqual({ removeReportingPeriod: true });
    expect((await auditOf(app, h2.id)).map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
    expect((await auditOf(app, h1.id)).map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('lets only the programme’s coordinators and administrators define periods', async () => {
    const p = await castProgramme(app, cast);
    for (const member of ['partner', 'observer', 'otherCoordinator'] as const) {
      expectRefused(
        await cast.clients[member].request(GENERATE_PERIODS, {
          programmeId: p.programme.id,
          months: -1,
        }),
        ErrorCode.FORBIDDEN,
      );
    }
    expectRefused(
      await cast.clients.outsider.request(GENERATE_PERIODS, { programmeId: p.programme.id }),
      ErrorCode.NOT_FOUND,
    );
    const h1 = await period(p, '2026-01-01', '2026-06-30', '2026-07-31');
    for (const member of ['neighbour', 'observer'] as const) {
      expectRefused(
        await cast.clients[member].request(REMOVE_PERIOD, { id: h1.id, version: 1 }),
        ErrorCode.FORBIDDEN,
      );
    }
    expectRefused(
      await cast.clients.admin.request(REMOVE_PERIOD, { id: 'nope', version: 1 }),
      ErrorCode.NOT_FOUND,
    );
  });
});

interface Status {
  asOf: string;
  lateCount: number;
  periods: { id: string }[];
  partners: { id: string }[];
  cells: {
    periodId: string;
    partnerId: string;
    reportId: string | null;
    status: string | null;
    late: boolean;
    submittedOnTime: boolean | null;
  }[];
}

describe('who is late', () => {
  /**
   * Two past periods and one far ahead; the UA partner submitted the first on time and has
   * only a draft of the second; the neighbour never reported the first and was sent back
   * on the second.
   */
  async function reportingProgramme() {
    const p = await castProgramme(app, cast, { startsOn: '2020-01-01', endsOn: '2099-12-31' });
    const q1 = await period(p, '2020-01-01', '2020-03-31', '2020-04-30');
    const q2 = await period(p, '2020-04-01', '2020-06-30', '2020-07-31');
    const future = await period(p, '2099-01-01', '2099-06-30', '2099-07-31');
    const uaQ1 = await submit(await report(p, 'partner', q1), 'partner');
    await app.dataSource.query(
      `UPDATE progress_report SET "firstSubmittedAt" = '2020-04-30T20:00:00Z' WHERE id = $1`,
      [uaQ1.id],
    );
    const uaQ2 = await report(p, 'partner', q2);
    const plQ2 = await submit(await report(p, 'neighbour', q2), 'neighbour');
    await cast.clients.coordinator.ok(REVIEW_REPORT, {
      id: plQ2.id,
      version: plQ2.version,
      decision: 'REQUEST_CHANGES',
      comment: 'Уточніть',
    });
    return { p, q1, q2, future, uaQ1, uaQ2, plQ2 };
  }

  it('shows every partner for every period, late where the due date passed unsubmitted', async () => {
    const r = await reportingProgramme();
    const { p } = r;
    const data = await cast.clients.coordinator.ok<{ reportingStatus: Status }>(REPORTING_STATUS, {
      programmeId: p.programme.id,
    });
    const status = data.reportingStatus;
    expect(status.periods.map((x) => x.id)).toEqual([r.q1.id, r.q2.id, r.future.id]);
    expect(status.partners.map((x) => x.id)).toEqual([p.uaPartner.id, p.plPartner.id]);
    const cell = (periodId: string, partnerId: string) =>
      status.cells.find((c) => c.periodId === periodId && c.partnerId === partnerId);
    expect(status.cells).toHaveLength(6);
    expect(cell(r.q1.id, p.uaPartner.id)).toMatchObject({
      reportId: r.uaQ1.id,
      status: 'SUBMITTED',
      late: false,
      submittedOnTime: true,
    });
    expect(cell(r.q1.id, p.plPartner.id)).toMatchObject({ reportId: null, late: true });
    expect(cell(r.q2.id, p.uaPartner.id)).toMatchObject({ status: 'DRAFT', late: true });
    expect(cell(r.q2.id, p.plPartner.id)).toMatchObject({
      status: 'CHANGES_REQUESTED',
      late: false,
      // Submitted for the first time today, long after the due date.
      submittedOnTime: false,
    });
    expect(cell(r.future.id, p.uaPartner.id)).toMatchObject({ late: false, reportId: null });
    expect(status.lateCount).toBe(2);
    expect(await lateReportCounts(app.dataSource.manager, [p.programme.id])).toEqual(
      new Map([[p.programme.id, 2]]),
    );
    const draft = await cast.clients.partner.ok<{ progressReport: ReportData }>(REPORT_QUERY, {
      id: r.uaQ2.id,
    });
    expect(draft.progressReport).toMatchObject({ late: true, period: { dueOn: '2020-07-31' } });
  });

  it('hides drafts from those who may not read them, and still shows them late', async () => {
    const r = await reportingProgramme();
    for (const member of ['observer', 'neighbour', 'otherCoordinator'] as const) {
      const data = await cast.clients[member].ok<{ reportingStatus: Status }>(REPORTING_STATUS, {
        programmeId: r.p.programme.id,
      });
      const cell = data.reportingStatus.cells.find(
        (c) => c.periodId === r.q2.id && c.partnerId === r.p.uaPartner.id,
      );
      expect(cell).toMatchObject({ reportId: null, status: null, late: true });
      expect(data.reportingStatus.lateCount).toBe(2);
    }
    expectRefused(
      await cast.clients.outsider.request(REPORTING_STATUS, { programmeId: r.p.programme.id }),
      ErrorCode.NOT_FOUND,
    );
  });

  it('costs the same statements for a large grid as for a small one', async () => {
    const count = async (partners: number, years: number, months: number) => {
      const endsOn = `${2019 + years}-12-31`;
      const p = await castProgramme(app, cast, { startsOn: '2020-01-01', endsOn });
      for (let i = 0; i < partners; i += 1) {
        await buildPartner(app.dataSource, p, await buildOrganisation(app.dataSource));
      }
      await cast.clients.coordinator.ok(GENERATE_PERIODS, {
        programmeId: p.programme.id,
        months,
      });
      const logger = app.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      let statements = 0;
      logger.logQuery = (...args) => {
        statements += 1;
        return original(...args);
      };
      try {
        const data = await cast.clients.coordinator.ok<{ reportingStatus: Status }>(
          REPORTING_STATUS,
          { programmeId: p.programme.id },
        );
        expect(data.reportingStatus.cells).toHaveLength(((partners + 2) * years * 12) / months);
      } finally {
        logger.logQuery = original;
      }
      return statements;
    };
    const small = await count(0, 2, 12);
    const large = await count(10, 20, 6);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});
