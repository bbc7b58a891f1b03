import { Role } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import { mayChooseStatus, mayMoveProgramme, mayPropose } from './permissions';

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

describe('mayMoveProgramme', () => {
  it('leaves moving a relation between programmes to coordinators and admins', () => {
    expect(mayMoveProgramme({ role: Role.ADMIN, organisation: null })).toBe(true);
    expect(mayMoveProgramme({ role: Role.COORDINATOR, organisation: null })).toBe(true);
    expect(mayMoveProgramme({ role: Role.PARTNER, organisation: { id: 'ua' } })).toBe(false);
  });
});
