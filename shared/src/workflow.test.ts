import { describe, expect, it } from 'vitest';
import { ActionStatus, ProgrammeStatus, TwinningStatus } from './enums';
import {
  canMoveProgramme,
  canMoveTwinning,
  isOverdue,
  todayIso,
  TWINNING_TRANSITIONS,
} from './workflow';

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

describe('twinning workflow', () => {
  it('moves a proposal forward and lets a signed relation rest and revive', () => {
    expect(canMoveTwinning(TwinningStatus.PROPOSED, TwinningStatus.NEGOTIATING)).toBe(true);
    expect(canMoveTwinning(TwinningStatus.NEGOTIATING, TwinningStatus.ACTIVE)).toBe(true);
    expect(canMoveTwinning(TwinningStatus.ACTIVE, TwinningStatus.DORMANT)).toBe(true);
    expect(canMoveTwinning(TwinningStatus.DORMANT, TwinningStatus.ACTIVE)).toBe(true);
    expect(canMoveTwinning(TwinningStatus.TERMINATED, TwinningStatus.NEGOTIATING)).toBe(true);
  });

  it('refuses standing still, going back to a proposal and skipping from the end', () => {
    for (const status of Object.values(TwinningStatus)) {
      expect(canMoveTwinning(status, status)).toBe(false);
      expect(canMoveTwinning(status, TwinningStatus.PROPOSED)).toBe(false);
    }
    expect(canMoveTwinning(TwinningStatus.TERMINATED, TwinningStatus.ACTIVE)).toBe(false);
    expect(canMoveTwinning(TwinningStatus.NEGOTIATING, TwinningStatus.DORMANT)).toBe(false);
  });

  it('lets every status but a terminated one end the relation', () => {
    const ending = Object.values(TwinningStatus).filter((s) =>
      TWINNING_TRANSITIONS[s].includes(TwinningStatus.TERMINATED),
    );
    expect(ending).toEqual([
      TwinningStatus.PROPOSED,
      TwinningStatus.NEGOTIATING,
      TwinningStatus.ACTIVE,
      TwinningStatus.DORMANT,
    ]);
  });
});
