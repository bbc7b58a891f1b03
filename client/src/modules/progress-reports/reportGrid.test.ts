import { Role } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import {
  cellState,
  gridRows,
  latePartners,
  mayStartReport,
  writablePartners,
  type GridCell,
  type GridPartner,
  type ReportingStatusData,
} from './reportGrid';

function partner(id: string, organisationId: string): GridPartner {
  return {
    id,
    side: { id: 'side', name: 'Side' },
    organisation: { id: organisationId, name: id, nameEn: null },
  };
}

function cell(partnerId: string, periodId: string, fields: Partial<GridCell> = {}): GridCell {
  return {
    partnerId,
    periodId,
    reportId: null,
    status: null,
    submittedAt: null,
    late: false,
    submittedOnTime: null,
    ...fields,
  };
}

const period = (id: string) => ({ id, version: 1, startsOn: '', endsOn: '', dueOn: '' });

const STATUS: ReportingStatusData = {
  programmeId: 'p',
  asOf: '2026-11-22',
  lateCount: 3,
  periods: [period('h1'), period('h2')],
  partners: [partner('ua', 'org-ua'), partner('pl', 'org-pl'), partner('new', 'org-new')],
  cells: [
    cell('pl', 'h2', { late: true }),
    cell('ua', 'h1', { reportId: 'r1', status: 'APPROVED', submittedOnTime: true }),
    cell('pl', 'h1', { late: true }),
    cell('ua', 'h2', { reportId: 'r2', status: 'DRAFT', late: true }),
  ],
};

describe('the reporting grid', () => {
  it('puts each partner’s cells under the periods, in order, whatever order they came in', () => {
    const rows = gridRows(STATUS);
    expect(rows.map((r) => r.partner.id)).toEqual(['ua', 'pl', 'new']);
    expect(rows[0]?.cells.map((c) => c && cellState(c))).toEqual(['APPROVED', 'DRAFT']);
    expect(rows[1]?.cells.map((c) => c?.late)).toEqual([true, true]);
    // A partner the server sent no cells for still has a row, with gaps.
    expect(rows[2]?.cells).toEqual([undefined, undefined]);
  });

  it('names the late partners, most periods late first', () => {
    const late = latePartners(gridRows(STATUS));
    expect(late.map((r) => [r.partner.id, r.lateCount])).toEqual([
      ['pl', 2],
      ['ua', 1],
    ]);
  });
});

describe('who may start a report', () => {
  const ua = partner('ua', 'org-ua');
  const empty = cell('ua', 'h1');

  it('lets a partner start its own organisation’s missing report only', () => {
    const viewer = { role: Role.PARTNER, organisationId: 'org-ua' };
    expect(mayStartReport(viewer, ua, empty)).toBe(true);
    expect(mayStartReport(viewer, ua, cell('ua', 'h1', { reportId: 'r', status: 'DRAFT' }))).toBe(
      false,
    );
    expect(mayStartReport({ ...viewer, organisationId: 'org-pl' }, ua, empty)).toBe(false);
  });

  it('lets administrators type in any partner’s report, never coordinators or observers', () => {
    expect(mayStartReport({ role: Role.ADMIN, organisationId: null }, ua, empty)).toBe(true);
    for (const role of [Role.COORDINATOR, Role.OBSERVER]) {
      expect(mayStartReport({ role, organisationId: 'org-ua' }, ua, empty)).toBe(false);
    }
    const partners = [ua, partner('pl', 'org-pl')];
    expect(
      writablePartners({ role: Role.PARTNER, organisationId: 'org-pl' }, partners).map((p) => p.id),
    ).toEqual(['pl']);
  });
});
