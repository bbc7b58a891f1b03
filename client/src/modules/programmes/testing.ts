import type { ProgrammeDetailFieldsFragment } from '../../generated/graphql';

/** Test data: a two-side programme in the shape the server answers. */
export function programmeFixture(
  overrides: Partial<ProgrammeDetailFieldsFragment> = {},
): ProgrammeDetailFieldsFragment {
  return {
    id: 'programme-1',
    code: 'KH-BE-2012',
    title: 'Прикордонне міжмуніципальне співробітництво',
    summary: 'Розвиток місцевого самоврядування прикордонних областей.',
    status: 'ACTIVE',
    startsOn: '2012-01-01',
    endsOn: '2014-12-31',
    published: false,
    version: 3,
    canEdit: true,
    viewerCan: { addCoordinator: true },
    currency: 'UAH',
    languages: ['uk', 'en'],
    translations: [],
    sides: [
      { id: 'side-ua', name: 'Харківська область', country: 'UA', position: 0 },
      { id: 'side-ro', name: 'Județul Sibiu', country: 'RO', position: 1 },
    ],
    partners: [],
    coordinators: [{ id: 'user-1', name: 'Olena Koval', email: 'coordinator@spilno.test' }],
    signatories: [],
    ...overrides,
  };
}

/** A Kharkiv–Lublin programme with one partner council, as the dashboard and budget tabs see it. */
export function partneredProgrammeFixture(): ProgrammeDetailFieldsFragment {
  return programmeFixture({
    id: 'p1',
    currency: 'EUR',
    sides: [
      { id: 's1', name: 'Kharkiv region', country: 'UA', position: 0 },
      { id: 's2', name: 'Lublin region', country: 'PL', position: 1 },
    ],
    partners: [
      {
        id: 'pa1',
        role: 'LEAD',
        version: 1,
        side: { id: 's1', name: 'Kharkiv region', country: 'UA' },
        organisation: {
          id: 'o1',
          name: 'Харківська обласна рада',
          nameEn: 'Kharkiv Regional Council',
          kind: 'REGIONAL_COUNCIL',
          country: 'UA',
        },
      },
    ],
  });
}
