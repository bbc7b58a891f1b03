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

function partner(id: string, organisationId: string, writeReport = false): GridPartner {
  return {
    id,
    side: { id: 'side', name: 'Side' },
    organisation: { id: organisationId, name: id, nameEn: null },
    viewerCan: { writeReport },
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
  const writable = partner('ua', 'org-ua', true);
  const other = partner('pl', 'org-pl');
  const empty = cell('ua', 'h1');

  it('offers a missing report of a partner the server lets the viewer write for', () => {
    expect(mayStartReport(writable, empty)).toBe(true);
    expect(mayStartReport(other, cell('pl', 'h1'))).toBe(false);
  });

  it('never offers to start a report that exists', () => {
    expect(mayStartReport(writable, cell('ua', 'h1', { reportId: 'r', status: 'DRAFT' }))).toBe(
      false,
    );
  });

  it('lists exactly the partners whose writeReport is granted', () => {
    expect(writablePartners([writable, other]).map((p) => p.id)).toEqual(['ua']);
    expect(writablePartners([other])).toEqual([]);
  });
});
