import { describe, expect, it } from 'vitest';
import { ActionStatus, ProgrammeStatus } from './enums';
import { canMoveProgramme, isOverdue, todayIso } from './workflow';

describe('programme workflow', () => {
  it('allows only the transitions of the design', () => {
    expect(canMoveProgramme(ProgrammeStatus.DRAFT, ProgrammeStatus.ACTIVE)).toBe(true);
    expect(canMoveProgramme(ProgrammeStatus.DRAFT, ProgrammeStatus.COMPLETED)).toBe(false);
    expect(canMoveProgramme(ProgrammeStatus.ACTIVE, ProgrammeStatus.SUSPENDED)).toBe(true);
    expect(canMoveProgramme(ProgrammeStatus.SUSPENDED, ProgrammeStatus.ACTIVE)).toBe(true);
    expect(canMoveProgramme(ProgrammeStatus.COMPLETED, ProgrammeStatus.ACTIVE)).toBe(false);
    expect(canMoveProgramme(ProgrammeStatus.COMPLETED, ProgrammeStatus.COMPLETED)).toBe(true);
  });
});

describe('overdue', () => {
  it('is past due and neither done nor cancelled', () => {
    expect(isOverdue(ActionStatus.PLANNED, '2026-01-01', '2026-01-02')).toBe(true);
    expect(isOverdue(ActionStatus.IN_PROGRESS, '2026-01-02', '2026-01-02')).toBe(false);
    expect(isOverdue(ActionStatus.DONE, '2026-01-01', '2026-06-01')).toBe(false);
    expect(isOverdue(ActionStatus.CANCELLED, '2026-01-01', '2026-06-01')).toBe(false);
  });

  it('takes today as the UTC calendar date', () => {
    expect(todayIso(new Date('2026-03-29T00:30:00+02:00'))).toBe('2026-03-28');
  });
});
