import type { TwinningDetailsFragment } from '../../generated/graphql';
import { typed } from '../../test/fixtures';

type Party = TwinningDetailsFragment['organisationA'];
type Step = TwinningDetailsFragment['history'][number];

export function party(id: string, name: string, nameEn: string | null, country: string): Party {
  return typed('Organisation', { id, name, nameEn, country });
}

export const KHARKIV = party('org-kh', 'Харківська обласна рада', 'Kharkiv Regional Council', 'UA');
export const BELGOROD = party(
  'org-be',
  'Белгородская областная Дума',
  'Belgorod Regional Duma',
  'RU',
);

export function step(id: string, fields: Omit<Step, 'id' | 'author'> & { author: string }): Step {
  return typed('TwinningStatusChange', {
    id,
    ...fields,
    author: typed('User', { id: `user-${fields.author}`, name: fields.author }),
  });
}

/** Test data: a relation in the shape the server answers, proposed by the Kharkiv partner. */
export function relationFixture(
  overrides: Partial<TwinningDetailsFragment> = {},
): TwinningDetailsFragment {
  return typed('TwinningRelation', {
    id: 'relation-1',
    kind: 'MEMORANDUM',
    status: 'PROPOSED',
    since: '2026-03-01',
    areas: ['Культура'],
    organisationA: KHARKIV,
    organisationB: BELGOROD,
    programme: typed('Programme', { id: 'programme-1', code: 'KH-BE-2012' }),
    version: 1,
    description: null,
    programmeId: 'programme-1',
    canChange: true,
    // What the Kharkiv partner, whose council proposed it, may do: negotiate, not sign.
    viewerCan: typed('TwinningAbilities', {
      edit: true,
      statuses: ['NEGOTIATING', 'TERMINATED'],
      moveProgramme: false,
    }),
    contacts: [],
    history: [
      step('step-1', {
        fromStatus: null,
        toStatus: 'PROPOSED',
        effectiveOn: '2026-03-01',
        at: '2026-03-01T09:00:00.000Z',
        note: 'Proposed after the round table',
        author: 'Iryna Kharkivska',
      }),
    ],
    events: [],
    attachments: [],
    ...overrides,
  } satisfies TwinningDetailsFragment);
}
