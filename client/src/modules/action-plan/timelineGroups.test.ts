import { describe, expect, it } from 'vitest';
import { timelineGroups } from './timelineGroups';

const sides = [
  { id: 'be', position: 1 },
  { id: 'kh', position: 0 },
];
const partners = [
  { id: 'p-duma', role: 'LEAD', side: { id: 'be' }, name: 'Duma' },
  { id: 'p-district', role: 'PARTNER', side: { id: 'kh' }, name: 'Avenue district' },
  { id: 'p-region', role: 'LEAD', side: { id: 'kh' }, name: 'Region' },
];
const actions = [
  { code: '1.10', responsible: [{ id: 'p-region' }] },
  { code: '1.2', responsible: [{ id: 'p-region' }, { id: 'p-duma' }] },
  { code: '3', responsible: [] },
];

describe('timelineGroups', () => {
  const groups = timelineGroups(sides, partners, actions, (partner) => partner.name);

  it('orders sides by position and lead partners first', () => {
    expect(groups.map((group) => group.side?.id ?? null)).toEqual(['kh', 'be', null]);
    expect(groups[0]?.lanes.map((lane) => lane.partner?.id)).toEqual(['p-region', 'p-district']);
  });

  it('puts a shared action in every responsible partner’s lane, ordered by code', () => {
    expect(groups[0]?.lanes[0]?.actions.map((action) => action.code)).toEqual(['1.2', '1.10']);
    expect(groups[1]?.lanes[0]?.actions.map((action) => action.code)).toEqual(['1.2']);
    expect(groups[0]?.lanes[1]?.actions).toEqual([]);
  });

  it('keeps actions without a responsible partner in a last group', () => {
    expect(groups[2]).toEqual({ side: null, lanes: [{ partner: null, actions: [actions[2]] }] });
  });
});
