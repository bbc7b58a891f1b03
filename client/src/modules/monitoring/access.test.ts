import { describe, expect, it } from 'vitest';
import { ownPartner, raiserChoices, type MonitoringAccess } from './access';

/** Partners as the server sends them, each with whether the reader may act in its name. */
function partners(actFor: Record<string, boolean>) {
  return [
    ['p-ua', 's-ua', 'o-ua'],
    ['p-assoc', 's-ua', 'o-assoc'],
    ['p-ru', 's-ru', 'o-ru'],
  ].map(([id, side, organisation]) => {
    const can = actFor[organisation!] ?? false;
    return {
      id: id!,
      side: { id: side! },
      organisation: { id: organisation! },
      viewerCan: { raiseIssue: can, answerRound: can },
    };
  });
}

function access(overrides: Partial<MonitoringAccess>): MonitoringAccess {
  return {
    canTriage: false,
    canRaise: false,
    organisationId: null,
    partners: partners({}),
    ...overrides,
  };
}

const ALL = { 'o-ua': true, 'o-assoc': true, 'o-ru': true };

describe('monitoring access', () => {
  it('answers a round for the partner the server lets the reader answer for, if any', () => {
    expect(ownPartner(access({ partners: partners({ 'o-ru': true }) }))?.id).toBe('p-ru');
    expect(ownPartner(access({}))).toBeNull();
    // Those who triage mark answers on the completion list, not as their own.
    expect(ownPartner(access({ canTriage: true, partners: partners(ALL) }))).toBeNull();
  });

  it('offers the organisations the server allows, the reader’s own first', () => {
    expect(raiserChoices(access({ partners: partners({ 'o-ru': true }) }))).toEqual(['o-ru']);
    expect(raiserChoices(access({}))).toEqual([]);
    expect(raiserChoices(access({ canTriage: true, partners: partners(ALL) }))).toEqual([
      'o-ua',
      'o-assoc',
      'o-ru',
    ]);
    expect(
      raiserChoices(
        access({ canTriage: true, organisationId: 'o-assoc', partners: partners(ALL) }),
      ),
    ).toEqual(['o-assoc', 'o-ua', 'o-ru']);
  });
});
