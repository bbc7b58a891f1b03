import { describe, expect, it } from 'vitest';
import { Role, TwinningStatus } from './enums';
import { TwinningStanding, twinningStanding, twinningTransitions } from './twinning-workflow';
import { TWINNING_TRANSITIONS } from './workflow';

const relation = { organisationAId: 'a', organisationBId: 'b', proposingOrganisationId: 'a' };

describe('twinning standing', () => {
  it('tells the proposer from the other organisation', () => {
    const partnerOf = (organisationId: string | null) => ({ role: Role.PARTNER, organisationId });
    expect(twinningStanding(partnerOf('a'), relation, true)).toBe(TwinningStanding.PROPOSER);
    expect(twinningStanding(partnerOf('b'), relation, true)).toBe(TwinningStanding.COUNTERPART);
    expect(twinningStanding(partnerOf('c'), relation, true)).toBe(TwinningStanding.NONE);
    expect(twinningStanding(partnerOf(null), relation, true)).toBe(TwinningStanding.NONE);
  });

  it('makes stewards of admins and coordinators who may change it, and of nobody else', () => {
    for (const role of [Role.ADMIN, Role.COORDINATOR]) {
      expect(twinningStanding({ role, organisationId: null }, relation, true)).toBe(
        TwinningStanding.STEWARD,
      );
      expect(twinningStanding({ role, organisationId: null }, relation, false)).toBe(
        TwinningStanding.NONE,
      );
    }
    expect(twinningStanding({ role: Role.OBSERVER, organisationId: 'a' }, relation, true)).toBe(
      TwinningStanding.NONE,
    );
  });
});

describe('twinning transitions by standing', () => {
  it('never lets the proposer make its own proposal ACTIVE', () => {
    for (const from of Object.values(TwinningStatus)) {
      const allowed = twinningTransitions(from, TwinningStanding.PROPOSER);
      expect(allowed).not.toContain(TwinningStatus.ACTIVE);
      expect(allowed).toEqual(TWINNING_TRANSITIONS[from].filter((s) => s !== 'ACTIVE'));
    }
    expect(twinningTransitions(TwinningStatus.PROPOSED, TwinningStanding.PROPOSER)).toEqual([
      TwinningStatus.NEGOTIATING,
      TwinningStatus.TERMINATED,
    ]);
  });

  it('gives the other organisation and the stewards every move of the workflow', () => {
    for (const from of Object.values(TwinningStatus)) {
      for (const standing of [TwinningStanding.COUNTERPART, TwinningStanding.STEWARD]) {
        expect(twinningTransitions(from, standing)).toEqual(TWINNING_TRANSITIONS[from]);
      }
      expect(twinningTransitions(from, TwinningStanding.NONE)).toEqual([]);
    }
  });
});
