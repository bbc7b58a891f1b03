import { describe, expect, it } from 'vitest';
import { ReportStatus, ReviewDecision } from './enums';
import {
  addMonths,
  generatePeriods,
  isReportEditable,
  isReportLate,
  isReportReviewable,
  rangesOverlap,
  statusAfterReview,
  submittedOnTime,
} from './report-workflow';

describe('report workflow', () => {
  it('lets the partner edit drafts and reports sent back, never one under review or approved', () => {
    expect(isReportEditable(ReportStatus.DRAFT)).toBe(true);
    expect(isReportEditable(ReportStatus.CHANGES_REQUESTED)).toBe(true);
    expect(isReportEditable(ReportStatus.SUBMITTED)).toBe(false);
    expect(isReportEditable(ReportStatus.APPROVED)).toBe(false);
  });

  it('reviews only submitted reports, approving or sending back', () => {
    expect(Object.values(ReportStatus).filter(isReportReviewable)).toEqual([
      ReportStatus.SUBMITTED,
    ]);
    expect(statusAfterReview(ReviewDecision.APPROVE)).toBe(ReportStatus.APPROVED);
    expect(statusAfterReview(ReviewDecision.REQUEST_CHANGES)).toBe(ReportStatus.CHANGES_REQUESTED);
  });
});

describe('late reports', () => {
  it('is late after the due date while never submitted', () => {
    expect(isReportLate('2026-07-30', null, '2026-07-31')).toBe(true);
    expect(isReportLate('2026-07-31', null, '2026-07-31')).toBe(false);
    expect(isReportLate('2026-07-30', '2026-08-02T10:00:00.000Z', '2026-09-01')).toBe(false);
  });

  it('counts a submission on the due date as on time', () => {
    expect(submittedOnTime('2026-07-31', '2026-07-31T23:59:00.000Z')).toBe(true);
    expect(submittedOnTime('2026-07-31', '2026-08-01T00:00:00.000Z')).toBe(false);
  });
});

describe('reporting periods', () => {
  it('splits a programme into half-years due thirty days after each ends', () => {
    expect(generatePeriods({ startsOn: '2012-01-01', endsOn: '2013-03-31' })).toEqual([
      { startsOn: '2012-01-01', endsOn: '2012-06-30', dueOn: '2012-07-30' },
      { startsOn: '2012-07-01', endsOn: '2012-12-31', dueOn: '2013-01-30' },
      { startsOn: '2013-01-01', endsOn: '2013-03-31', dueOn: '2013-04-30' },
    ]);
  });

  it('starts from the programme start, any length of period and grace', () => {
    expect(generatePeriods({ startsOn: '2026-03-15', endsOn: '2026-06-14' }, 1, 0)).toEqual([
      { startsOn: '2026-03-15', endsOn: '2026-04-14', dueOn: '2026-04-14' },
      { startsOn: '2026-04-15', endsOn: '2026-05-14', dueOn: '2026-05-14' },
      { startsOn: '2026-05-15', endsOn: '2026-06-14', dueOn: '2026-06-14' },
    ]);
    expect(generatePeriods({ startsOn: '2026-01-01', endsOn: '2025-01-01' })).toEqual([]);
  });

  it('keeps month ends at month ends', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('knows when ranges share a day', () => {
    const h1 = { startsOn: '2026-01-01', endsOn: '2026-06-30' };
    expect(rangesOverlap(h1, { startsOn: '2026-06-30', endsOn: '2026-12-31' })).toBe(true);
    expect(rangesOverlap(h1, { startsOn: '2026-07-01', endsOn: '2026-12-31' })).toBe(false);
  });
});
