import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@spilno/shared';
import { useCast } from '../cast-world';
import type { TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import { auditOf, castProgramme, expectFields, expectNoChange, type Cast } from '../programme-cast';
import {
  CREATE_PERIOD,
  CREATE_REPORT,
  reportInput,
  REVIEW_REPORT,
  SUBMIT_REPORT,
  UPDATE_REPORT,
  type ReportData,
} from '../report-documents';
import { reportSteps } from '../report-steps';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

const { draft, submit, review, reportRows } = reportSteps(() => ({ app, cast }));

describe('report periods', () => {
  it('checks the dates: in order, within the programme, one report per partner and period', async () => {
    const p = await castProgramme(app, cast);
    const create = (input: Record<string, unknown>) =>
      cast.clients.partner.request(CREATE_REPORT, {
        programmeId: p.programme.id,
        partnerId: p.uaPartner.id,
        input: reportInput(input),
      });
    expectFields(await create({ periodStart: '2026-06-30', periodEnd: '2026-01-01' }), [
      ['input.periodEnd', 'end_before_start'],
    ]);
    expectFields(await create({ periodStart: '2025-07-01', periodEnd: '2025-12-31' }), [
      ['input.periodStart', 'outside_period'],
      ['input.periodEnd', 'outside_period'],
    ]);
    expectFields(await create({ narrative: 'x'.repeat(20_001) }), [
      ['input.narrative', 'too_long'],
    ]);
    await draft(p);
    expectFields(await create({ periodStart: '2026-06-01', periodEnd: '2026-09-30' }), [
      ['input.periodStart', 'taken'],
    ]);
    // The other side reports for the same period.
    await draft(p, cast.clients.neighbour, p.plPartner.id);
  });

  it('takes a defined period’s dates where the programme defines periods', async () => {
    const p = await castProgramme(app, cast);
    await cast.clients.coordinator.ok(CREATE_PERIOD, {
      programmeId: p.programme.id,
      input: { startsOn: '2026-01-01', endsOn: '2026-06-30', dueOn: '2026-07-31' },
    });
    expectFields(
      await cast.clients.partner.request(CREATE_REPORT, {
        programmeId: p.programme.id,
        partnerId: p.uaPartner.id,
        input: reportInput({ periodEnd: '2026-05-31' }),
      }),
      [['input.periodStart', 'unknown_reference']],
    );
    const report = await draft(p);
    expect(report.period?.dueOn).toBe('2026-07-31');
  });
});

describe('concurrent edits', () => {
  it('answers CONFLICT to a stale version, naming who changed the report, and changes nothing', async () => {
    const p = await castProgramme(app, cast);
    const report = await draft(p);
    await cast.clients.partner.ok(UPDATE_REPORT, {
      id: report.id,
      version: report.version,
      input: reportInput({ narrative: 'Перша правка' }),
    });
    for (const [query, variables] of [
      [UPDATE_REPORT, { id: report.id, version: report.version, input: reportInput() }],
      [SUBMIT_REPORT, { id: report.id, version: report.version }],
    ] as const) {
      const result = await expectNoChange(app, reportRows(p), () =>
        cast.clients.partner.request(query, variables),
      );
      expectRefused(result, ErrorCode.CONFLICT);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        currentVersion: 2,
        updatedBy: cast.users.partner.name,
      });
    }
  });

  it('lets one of two simultaneous reviews win', async () => {
    const p = await castProgramme(app, cast);
    const submitted = await submit(await draft(p));
    const results = await Promise.all([
      cast.clients.coordinator.request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'APPROVE',
      }),
      cast.clients.admin.request(REVIEW_REPORT, {
        id: submitted.id,
        version: submitted.version,
        decision: 'REQUEST_CHANGES',
        comment: 'Ні',
      }),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [row] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM progress_report_review WHERE "reportId" = $1',
      [submitted.id],
    );
    expect(row?.n).toBe(1);
  });
});

describe('audit', () => {
  it('records creation, edits, submissions and reviews with their actors', async () => {
    const p = await castProgramme(app, cast);
    const report = await draft(p);
    const edited = (
      await cast.clients.partner.ok<{ updateProgressReport: ReportData }>(UPDATE_REPORT, {
        id: report.id,
        version: report.version,
        input: reportInput({ narrative: 'Уточнено' }),
      })
    ).updateProgressReport;
    await review(await submit(edited), 'REQUEST_CHANGES', 'Додайте фото');
    const entries = await auditOf(app, report.id);
    expect(
      entries.map((e) => ({
        action: e.action,
        type: e.entityType,
        actor: e.actorId,
        fields: e.changes.map((c) => c.field).sort(),
      })),
    ).toEqual([
      {
        action: 'CREATE',
        type: 'ProgressReport',
        actor: cast.users.partner.id,
        fields: ['narrative', 'partnerId', 'periodEnd', 'periodStart', 'status'],
      },
      {
        action: 'UPDATE',
        type: 'ProgressReport',
        actor: cast.users.partner.id,
        fields: ['narrative'],
      },
      {
        action: 'UPDATE',
        type: 'ProgressReport',
        actor: cast.users.partner.id,
        fields: ['status', 'submittedAt'],
      },
      {
        action: 'UPDATE',
        type: 'ProgressReport',
        actor: cast.users.coordinator.id,
        fields: ['review', 'status'],
      },
    ]);
    expect(entries.at(-1)?.changes).toContainEqual({
      field: 'review',
      before: null,
      after: { decision: 'REQUEST_CHANGES', comment: 'Додайте фото' },
    });
  });
});
