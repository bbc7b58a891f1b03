import { describe, expect, it } from 'vitest';
import {
  mayComment,
  mayRaise,
  nextStatuses,
  ownPartner,
  raiserChoices,
  type MonitoringAccess,
} from './access';

const partners = [
  { id: 'p-ua', side: { id: 's-ua' }, organisation: { id: 'o-ua' } },
  { id: 'p-assoc', side: { id: 's-ua' }, organisation: { id: 'o-assoc' } },
  { id: 'p-ru', side: { id: 's-ru' }, organisation: { id: 'o-ru' } },
];

function access(overrides: Partial<MonitoringAccess>): MonitoringAccess {
  return { canTriage: false, role: 'OBSERVER', organisationId: null, partners, ...overrides };
}

describe('monitoring access', () => {
  it('finds a partner user’s own partner record, and nobody else’s', () => {
    expect(ownPartner(access({ role: 'PARTNER', organisationId: 'o-ru' }))?.id).toBe('p-ru');
    expect(ownPartner(access({ role: 'PARTNER', organisationId: 'o-elsewhere' }))).toBeNull();
    // Working for a partner organisation makes a coordinator no partner user.
    expect(ownPartner(access({ role: 'COORDINATOR', organisationId: 'o-assoc' }))).toBeNull();
  });

  it('lets partners’ staff and coordinators raise and comment, not observers', () => {
    expect(mayRaise(access({ role: 'PARTNER', organisationId: 'o-ua' }))).toBe(true);
    expect(mayRaise(access({ canTriage: true, role: 'COORDINATOR' }))).toBe(true);
    expect(mayRaise(access({ role: 'OBSERVER' }))).toBe(false);
    expect(mayComment(access({ role: 'PARTNER', organisationId: 'o-elsewhere' }))).toBe(false);
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

  it('offers the workflow’s next statuses to those who triage only', () => {
    const triage = { canTriage: true };
    expect(nextStatuses('OPEN', triage)).toEqual(['IN_REVIEW']);
    expect(nextStatuses('IN_REVIEW', triage)).toEqual(['IN_PROGRESS', 'DISMISSED']);
    expect(nextStatuses('IN_PROGRESS', triage)).toEqual(['RESOLVED', 'DISMISSED']);
    expect(nextStatuses('RESOLVED', triage)).toEqual(['OPEN']);
    expect(nextStatuses('OPEN', { canTriage: false })).toEqual([]);
  });
});
