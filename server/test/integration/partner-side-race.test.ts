import 'reflect-metadata';
import { expect, it } from 'vitest';
import { PartnerRole } from '@spilno/shared';
import { Partner } from '../../src/modules/programmes/partner.entity';
import { useCast } from '../cast-world';
import { buildOrganisation, buildProgramme } from '../factories';
import type { TestApp } from '../graphql';
import type { Cast } from '../programme-cast';
import { ADD_PARTNER, UPDATE_PARTNER, UPDATE_SIDE } from '../programme-documents';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

const ROUNDS = 10;

/** Partners seated on a side of another country than their organisation's, anywhere. */
async function misplaced(): Promise<unknown[]> {
  return app.dataSource.query(
    `SELECT p.id FROM partner p JOIN programme_side s ON s.id = p."sideId"
       JOIN organisation o ON o.id = p."organisationId" WHERE o.country <> s.country`,
  );
}

it('never seats a partner on a side whose country changes at the same time', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { programme, sides } = await buildProgramme(app.dataSource, {
      coordinators: [cast.users.coordinator],
    });
    const uaSide = sides[0]!;
    const council = await buildOrganisation(app.dataSource, { country: 'UA' });
    const results = await Promise.all([
      cast.clients.coordinator.request(UPDATE_SIDE, {
        id: uaSide.id,
        input: { name: uaSide.name, country: 'SK' },
      }),
      cast.clients.admin.request(ADD_PARTNER, {
        programmeId: programme.id,
        organisationId: council.id,
        sideId: uaSide.id,
        role: 'PARTNER',
      }),
    ]);
    // Whichever came second was refused for the country, never both let through.
    expect(results.filter((r) => r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await misplaced()).toEqual([]);
  }
});

it('never moves a partner onto a side whose country changes at the same time', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { programme, sides } = await buildProgramme(app.dataSource, {
      coordinators: [cast.users.coordinator],
    });
    const [uaSide, plSide] = [sides[0]!, sides[1]!];
    const council = await buildOrganisation(app.dataSource, { country: 'UA' });
    // A Ukrainian council seated, by mistake, on the neighbour's side, being moved home
    // while that home side turns Slovak.
    const partner = await app.dataSource.getRepository(Partner).save({
      programmeId: programme.id,
      organisationId: council.id,
      sideId: plSide.id,
      role: PartnerRole.PARTNER,
    });
    const results = await Promise.all([
      cast.clients.coordinator.request(UPDATE_SIDE, {
        id: uaSide.id,
        input: { name: uaSide.name, country: 'SK' },
      }),
      cast.clients.admin.request(UPDATE_PARTNER, {
        id: partner.id,
        version: partner.version,
        input: { sideId: uaSide.id },
      }),
    ]);
    expect(results.filter((r) => r.errors)).toHaveLength(1);
    const seated = await app.dataSource.query<{ country: string }[]>(
      `SELECT s.country FROM partner p JOIN programme_side s ON s.id = p."sideId" WHERE p.id = $1`,
      [partner.id],
    );
    // Either it stayed where it was, or it sits on a side that is still Ukrainian.
    expect(['PL', 'UA']).toContain(seated[0]?.country);
  }
});
