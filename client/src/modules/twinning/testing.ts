import type { TwinningDetailsFragment } from '../../generated/graphql';

const party = (id: string, name: string, nameEn: string | null, country: string) => ({
  __typename: 'Organisation' as const,
  id,
  name,
  nameEn,
  country,
});

export const KHARKIV = party('org-kh', 'Харківська обласна рада', 'Kharkiv Regional Council', 'UA');
export const BELGOROD = party(
  'org-be',
  'Белгородская областная Дума',
  'Belgorod Regional Duma',
  'RU',
);

/** Test data: a relation in the shape the server answers, proposed by the Kharkiv partner. */
export function relationFixture(
  overrides: Partial<TwinningDetailsFragment> = {},
): TwinningDetailsFragment {
  return {
    __typename: 'TwinningRelation',
    id: 'relation-1',
    kind: 'MEMORANDUM',
    status: 'PROPOSED',
    since: '2026-03-01',
    areas: ['Культура'],
    organisationA: KHARKIV,
    organisationB: BELGOROD,
    programme: { __typename: 'Programme', id: 'programme-1', code: 'KH-BE-2012' },
    version: 1,
    description: null,
    programmeId: 'programme-1',
    canChange: true,
    contacts: [],
    history: [
      {
        __typename: 'TwinningStatusChange',
        id: 'step-1',
        fromStatus: null,
        toStatus: 'PROPOSED',
        effectiveOn: '2026-03-01',
        at: '2026-03-01T09:00:00.000Z',
        note: 'Proposed after the round table',
        author: { __typename: 'User', id: 'user-partner', name: 'Iryna Kharkivska' },
      },
    ],
    events: [],
    attachments: [],
    ...overrides,
  };
}
