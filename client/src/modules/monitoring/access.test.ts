import { describe, expect, it } from 'vitest';
import { ownPartner, raiserChoices, type MonitoringAccess } from './access';

const partners = [
  { id: 'p-ua', side: { id: 's-ua' }, organisation: { id: 'o-ua' } },
  { id: 'p-assoc', side: { id: 's-ua' }, organisation: { id: 'o-assoc' } },
  { id: 'p-ru', side: { id: 's-ru' }, organisation: { id: 'o-ru' } },
];

function access(overrides: Partial<MonitoringAccess>): MonitoringAccess {
  return {
    canTriage: false,
    canRaise: false,
    role: 'OBSERVER',
    organisationId: null,
    partners,
    ...overrides,
  };
}

describe('monitoring access', () => {
  it('finds a partner user’s own partner record, and nobody else’s', () => {
    expect(ownPartner(access({ role: 'PARTNER', organisationId: 'o-ru' }))?.id).toBe('p-ru');
    expect(ownPartner(access({ role: 'PARTNER', organisationId: 'o-elsewhere' }))).toBeNull();
    // Working for a partner organisation makes a coordinator no partner user.
    expect(ownPartner(access({ role: 'COORDINATOR', organisationId: 'o-assoc' }))).toBeNull();
  });

  it('offers a partner its own organisation, a coordinator every partner, its own first', () => {
    expect(raiserChoices(access({ role: 'PARTNER', organisationId: 'o-ru' }))).toEqual(['o-ru']);
    expect(raiserChoices(access({ canTriage: true, role: 'COORDINATOR' }))).toEqual([
      'o-ua',
      'o-assoc',
      'o-ru',
    ]);
    expect(
      raiserChoices(access({ canTriage: true, role: 'COORDINATOR', organisationId: 'o-assoc' })),
    ).toEqual(['o-assoc', 'o-ua', 'o-ru']);
  });
});
