import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, Role, todayIso, TwinningStatus } from '@spilno/shared';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { useCastProgramme } from '../cast-world';
import { buildOrganisation, buildTwinning, buildUser } from '../factories';
import type { Client, TestApp } from '../graphql';
import {
  castProgramme,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
  type SignedIn,
} from '../programme-cast';
import {
  CHANGE_STATUS,
  CREATE_TWINNING,
  detailsInput,
  TWINNING_ABILITIES,
  twinningInput,
  UPDATE_TWINNING,
} from '../twinning-documents';

/**
 * The signing rule and the abilities that show it. Every relation pairs the cast partner's UA
 * council, which proposed it, with a fresh council across the border whose own partner user
 * (`counterpart`) is the one it was proposed to.
 */
type Viewer = SignedIn | 'counterpart';
const VIEWERS: readonly Viewer[] = [
  'admin',
  'coordinator',
  'otherCoordinator',
  'partner',
  'counterpart',
  'neighbour',
  'outsider',
  'observer',
];
const STATUSES = Object.values(TwinningStatus);

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

interface Fresh {
  id: string;
  across: Organisation;
  /** The client of `viewer`; `counterpart` works for this relation's council across. */
  clients: Record<Viewer, Client>;
}

/**
 * A fresh relation in `status`: one per pair of councils, so each comes with a council across
 * the border, and a partner user of its own, made for it.
 */
async function relationOf(
  status: TwinningStatus,
  programmeId: string | null,
  proposer: 'ua' | 'across' = 'ua',
): Promise<Fresh> {
  const across = await buildOrganisation(app.dataSource, { country: 'PL' });
  const counterpart = await buildUser(app.dataSource, {
    role: Role.PARTNER,
    organisationId: across.id,
  });
  const relation = await buildTwinning(app.dataSource, cast.ua, across, {
    status,
    programmeId,
    proposingOrganisationId: proposer === 'ua' ? cast.ua.id : across.id,
  });
  return {
    id: relation.id,
    across,
    clients: { ...cast.clients, counterpart: await app.as(counterpart) },
  };
}

interface Abilities {
  twinningRelation: { viewerCan: { edit: boolean; statuses: string[] } } | null;
}

describe.each(['linked', 'unlinked'] as const)('a relation %s', (scope) => {
  const programmeId = () => (scope === 'linked' ? p.programme.id : null);

  it.each(VIEWERS)(
    'as %s, viewerCan.statuses lists exactly the statuses changeTwinningStatus accepts',
    async (viewer) => {
      for (const from of STATUSES) {
        const shownOn = await relationOf(from, programmeId());
        const shown = await shownOn.clients[viewer].request<Abilities>(TWINNING_ABILITIES, {
          id: shownOn.id,
        });
        const offered = shown.data?.twinningRelation?.viewerCan.statuses ?? [];
        const accepted: string[] = [];
        for (const to of STATUSES) {
          // Each attempt on a relation of its own, so one success does not move the next.
          const relation = await relationOf(from, programmeId());
          const result = await relation.clients[viewer].request(CHANGE_STATUS, {
            id: relation.id,
            version: 1,
            status: to,
            on: todayIso(),
          });
          if (!result.errors) accepted.push(to);
        }
        expect({ from, offered }).toEqual({ from, offered: accepted });
      }
    },
  );

  it('never lets the proposing council make its own proposal ACTIVE, and lets the other', async () => {
    for (const from of [TwinningStatus.PROPOSED, TwinningStatus.NEGOTIATING]) {
      const relation = await relationOf(from, programmeId());
      const result = await expectNoChange(
        app,
        () => rowsOf(app, 'twinning_relation', 'id', relation.id),
        () =>
          relation.clients.partner.request(CHANGE_STATUS, {
            id: relation.id,
            version: 1,
            status: 'ACTIVE',
          }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
      const signed = await relation.clients.counterpart.ok<{
        changeTwinningStatus: { status: string };
      }>(CHANGE_STATUS, { id: relation.id, version: 1, status: 'ACTIVE' });
      expect(signed.changeTwinningStatus.status).toBe('ACTIVE');
    }
    // Roles swap when the other council proposed it.
    const theirs = await relationOf(TwinningStatus.NEGOTIATING, programmeId(), 'across');
    expect(
      await theirs.clients.counterpart.code(CHANGE_STATUS, {
        id: theirs.id,
        version: 1,
        status: 'ACTIVE',
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    await theirs.clients.partner.ok(CHANGE_STATUS, { id: theirs.id, version: 1, status: 'ACTIVE' });
  });

  it('records the proposing council of a proposal, whoever names it first', async () => {
    const across = await buildOrganisation(app.dataSource, { country: 'PL' });
    const counterpart = await app.as(
      await buildUser(app.dataSource, { role: Role.PARTNER, organisationId: across.id }),
    );
    const created = await cast.clients.partner.ok<{
      createTwinningRelation: { id: string };
    }>(CREATE_TWINNING, {
      input: twinningInput(across.id, cast.ua.id, { programmeId: programmeId() }),
    });
    const shown = await cast.clients.partner.ok<{
      twinningRelation: { proposingOrganisationId: string; viewerCan: { statuses: string[] } };
    }>(TWINNING_ABILITIES, { id: created.createTwinningRelation.id });
    expect(shown.twinningRelation).toEqual({
      id: created.createTwinningRelation.id,
      status: 'PROPOSED',
      proposingOrganisationId: cast.ua.id,
      viewerCan: { edit: true, statuses: ['NEGOTIATING', 'TERMINATED'] },
    });
    const other = await counterpart.ok<Abilities>(TWINNING_ABILITIES, {
      id: created.createTwinningRelation.id,
    });
    expect(other.twinningRelation?.viewerCan).toEqual({
      edit: true,
      statuses: ['NEGOTIATING', 'ACTIVE', 'TERMINATED'],
    });
  });
});

describe('moving a relation between programmes', () => {
  /** Programmes the relation may be moved to: one more of the cast coordinator's, one not. */
  let ours: CastProgramme;
  let theirs: CastProgramme;
  beforeAll(async () => {
    ours = await castProgramme(app, cast);
    theirs = await castProgramme(app, cast, {});
    await app.dataSource.query(
      'UPDATE programme_coordinator SET "userId" = $1 WHERE "programmeId" = $2',
      [cast.users.otherCoordinator.id, theirs.programme.id],
    );
  });

  type Target = 'none' | 'ours' | 'theirs';
  const idOf = (target: Target | 'home') =>
    ({
      none: null,
      home: p.programme.id,
      ours: ours.programme.id,
      theirs: theirs.programme.id,
    })[target];

  /** Who may move a relation from `from` to each target; everyone else is refused. */
  const MOVERS: Record<'home' | 'none', Record<Target, readonly Viewer[]>> = {
    home: {
      none: ['admin', 'coordinator'],
      ours: ['admin', 'coordinator'],
      theirs: ['admin'],
    },
    none: {
      none: [],
      ours: ['admin', 'coordinator'],
      theirs: ['admin', 'otherCoordinator'],
    },
  };

  describe.each(['home', 'none'] as const)('from %s', (from) => {
    it.each(VIEWERS)('as %s', async (viewer) => {
      for (const to of ['none', 'ours', 'theirs'] as const) {
        if (to === from) continue;
        const relation = await relationOf(TwinningStatus.ACTIVE, idOf(from));
        const request = () =>
          relation.clients[viewer].request<{
            updateTwinningRelation: { programmeId: string | null };
          }>(UPDATE_TWINNING, {
            id: relation.id,
            version: 1,
            input: detailsInput({ programmeId: idOf(to) }),
          });
        if (MOVERS[from][to].includes(viewer)) {
          const result = await request();
          expect(result.errors).toBeUndefined();
          expect(result.data?.updateTwinningRelation.programmeId).toBe(idOf(to));
          continue;
        }
        const result = await expectNoChange(
          app,
          () => rowsOf(app, 'twinning_relation', 'id', relation.id),
          request,
        );
        expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]).toContain(
          result.errors?.[0]?.extensions?.code,
        );
      }
    });
  });

  it('still lets a partner edit the details of a relation it keeps in its programme', async () => {
    const relation = await relationOf(TwinningStatus.ACTIVE, p.programme.id);
    await relation.clients.partner.ok(UPDATE_TWINNING, {
      id: relation.id,
      version: 1,
      input: detailsInput({ programmeId: p.programme.id }),
    });
  });
});
