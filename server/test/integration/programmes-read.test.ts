import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgrammeStatus, Role } from '@spilno/shared';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import type { User } from '../../src/modules/users/user.entity';
import { buildOrganisation, buildProgramme, buildUser, type BuiltProgramme } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { expectRefused } from '../matrix';

const PROGRAMMES = `query ($status: ProgrammeStatus) { programmes(status: $status) { code } }`;
const PROGRAMME = `query ($id: ID!) {
  programme(id: $id) {
    id code status
    sides { id name country position }
    partners { id role side { id } organisation { id name } }
    coordinators { id name }
  }
}`;

/** Programme codes, by who reads them. */
type Code = 'ACTIVE' | 'COMPLETED' | 'SUSPENDED' | 'DRAFT_MINE' | 'DRAFT_OTHER';
const ALL: Code[] = ['ACTIVE', 'COMPLETED', 'SUSPENDED', 'DRAFT_MINE', 'DRAFT_OTHER'];
const NOT_DRAFT: Code[] = ['ACTIVE', 'COMPLETED', 'SUSPENDED'];

/**
 * Who may read what. The UA council partners ACTIVE, SUSPENDED and both drafts; the PL council
 * partners ACTIVE and COMPLETED; the third council partners nothing. "coordinator" coordinates
 * ACTIVE and DRAFT_MINE; "other coordinator" coordinates nothing.
 */
const VISIBLE: Record<string, Code[]> = {
  admin: ALL,
  coordinator: [...NOT_DRAFT, 'DRAFT_MINE'],
  'other coordinator': NOT_DRAFT,
  observer: NOT_DRAFT,
  'UA partner': ['ACTIVE', 'SUSPENDED'],
  'PL partner': ['ACTIVE', 'COMPLETED'],
  'partner of nothing': [],
  'partner without organisation': [],
};

describe('reading programmes', () => {
  let app: TestApp;
  const clients: Record<string, Client> = {};
  const programmes = {} as Record<Code, BuiltProgramme>;
  let ua: Organisation;
  let pl: Organisation;
  let coordinator: User;

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.dataSource;
    ua = await buildOrganisation(ds, { name: 'Вовчанська міська рада', country: 'UA' });
    pl = await buildOrganisation(ds, { name: 'Rada Miasta Przemyśl', country: 'PL' });
    const idle = await buildOrganisation(ds, { name: 'Печенізька селищна рада', country: 'UA' });
    coordinator = await buildUser(ds, { role: Role.COORDINATOR, name: 'Координатор Один' });
    const users: Record<string, Partial<User>> = {
      admin: { role: Role.ADMIN },
      'other coordinator': { role: Role.COORDINATOR },
      observer: { role: Role.OBSERVER },
      'UA partner': { role: Role.PARTNER, organisationId: ua.id },
      'PL partner': { role: Role.PARTNER, organisationId: pl.id },
      'partner of nothing': { role: Role.PARTNER, organisationId: idle.id },
      'partner without organisation': { role: Role.PARTNER, organisationId: null },
    };
    clients.coordinator = await app.as(coordinator);
    for (const [name, fields] of Object.entries(users)) {
      clients[name] = await app.as(await buildUser(ds, fields));
    }
    const build = (
      code: Code,
      status: ProgrammeStatus,
      startsOn: string,
      partners: Organisation[],
      coordinators: User[] = [],
    ) => buildProgramme(ds, { code, status, startsOn, partners, coordinators });
    programmes.ACTIVE = await build(
      'ACTIVE',
      ProgrammeStatus.ACTIVE,
      '2026-05-01',
      [ua, pl],
      [coordinator],
    );
    programmes.COMPLETED = await build('COMPLETED', ProgrammeStatus.COMPLETED, '2026-04-01', [pl]);
    programmes.SUSPENDED = await build('SUSPENDED', ProgrammeStatus.SUSPENDED, '2026-03-01', [ua]);
    programmes.DRAFT_MINE = await build(
      'DRAFT_MINE',
      ProgrammeStatus.DRAFT,
      '2026-02-01',
      [ua],
      [coordinator],
    );
    programmes.DRAFT_OTHER = await build('DRAFT_OTHER', ProgrammeStatus.DRAFT, '2026-01-01', [ua]);
  });
  afterAll(() => app?.close());

  const listed = async (reader: string, status?: ProgrammeStatus) =>
    (
      await clients[reader]!.ok<{ programmes: { code: Code }[] }>(PROGRAMMES, { status })
    ).programmes.map((p) => p.code);

  describe.each(Object.entries(VISIBLE))('as %s', (reader, visible) => {
    it(`lists exactly ${visible.join(', ') || 'nothing'}, newest first`, async () => {
      expect(await listed(reader)).toEqual(ALL.filter((code) => visible.includes(code)));
    });

    it('reads each visible programme by id, and gets null for every other', async () => {
      for (const code of ALL) {
        const { programme } = await clients[reader]!.ok<{ programme: { code: string } | null }>(
          PROGRAMME,
          { id: programmes[code].programme.id },
        );
        expect([code, programme?.code ?? null]).toEqual([
          code,
          visible.includes(code) ? code : null,
        ]);
      }
    });

    it('filters by status within what it may read', async () => {
      expect(await listed(reader, ProgrammeStatus.DRAFT)).toEqual(
        visible.filter((code) => code.startsWith('DRAFT')),
      );
      expect(await listed(reader, ProgrammeStatus.COMPLETED)).toEqual(
        visible.filter((code) => code === 'COMPLETED'),
      );
    });
  });

  it('refuses both queries to anyone signed out', async () => {
    expectRefused(await app.anonymous().request(PROGRAMMES), 'UNAUTHENTICATED');
    expectRefused(
      await app.anonymous().request(PROGRAMME, { id: programmes.ACTIVE.programme.id }),
      'UNAUTHENTICATED',
    );
  });

  it('answers null for a malformed or unknown id', async () => {
    for (const id of ['nope', '', '6f1c9a52-0000-4000-8000-000000000000']) {
      expect(await clients.admin!.request(PROGRAMME, { id })).toMatchObject({
        data: { programme: null },
        errors: undefined,
      });
    }
  });

  it('resolves sides, partners on their side, and coordinators', async () => {
    const built = programmes.ACTIVE;
    const { programme } = await clients['UA partner']!.ok<{
      programme: {
        sides: { id: string; country: string; position: number }[];
        partners: { side: { id: string }; organisation: { id: string; name: string } }[];
        coordinators: { id: string; name: string }[];
      };
    }>(PROGRAMME, { id: built.programme.id });
    const side = (country: string) => built.sides.find((s) => s.country === country)!.id;
    expect(programme.sides).toEqual([
      { id: side('UA'), name: 'Харківська область', country: 'UA', position: 0 },
      { id: side('PL'), name: 'Neighbour region', country: 'PL', position: 1 },
    ]);
    expect(programme.partners).toHaveLength(2);
    expect(programme.partners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          side: { id: side('UA') },
          organisation: { id: ua.id, name: 'Вовчанська міська рада' },
        }),
        expect.objectContaining({
          side: { id: side('PL') },
          organisation: { id: pl.id, name: 'Rada Miasta Przemyśl' },
        }),
      ]),
    );
    expect(programme.coordinators).toEqual([{ id: coordinator.id, name: 'Координатор Один' }]);
  });
});
