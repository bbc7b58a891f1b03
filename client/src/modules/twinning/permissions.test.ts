import { Role } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { mayChooseStatus, mayPropose } from './permissions';
import { nextStatuses } from './twinningStatus';

describe('mayPropose', () => {
  it('lets everyone but observers and partners without an organisation start a relation', () => {
    const council = { id: 'ua' };
    expect(mayPropose({ role: Role.ADMIN, organisation: null })).toBe(true);
    expect(mayPropose({ role: Role.COORDINATOR, organisation: null })).toBe(true);
    expect(mayPropose({ role: Role.PARTNER, organisation: council })).toBe(true);
    expect(mayPropose({ role: Role.PARTNER, organisation: null })).toBe(false);
    expect(mayPropose({ role: Role.OBSERVER, organisation: council })).toBe(false);
  });

  it('leaves the first status to coordinators and admins', () => {
    expect(mayChooseStatus({ role: Role.COORDINATOR, organisation: null })).toBe(true);
    expect(mayChooseStatus({ role: Role.PARTNER, organisation: { id: 'ua' } })).toBe(false);
  });
});

describe('nextStatuses', () => {
  it('offers the moves the server allows', () => {
    expect(nextStatuses('PROPOSED')).toEqual(['NEGOTIATING', 'ACTIVE', 'TERMINATED']);
    expect(nextStatuses('TERMINATED')).toEqual(['NEGOTIATING']);
  });
});
