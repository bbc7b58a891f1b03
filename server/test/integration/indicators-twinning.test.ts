import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { TwinningKind, TwinningStatus } from '@spilno/shared';
import { TwinningRelation } from '../../src/modules/twinning/twinning-relation.entity';
import { useCast } from '../cast-world';
import { buildOrganisation, buildTwinning } from '../factories';
import type { TestApp } from '../graphql';
import { CREATE_INDICATOR, indicatorInput } from '../programme-documents';
import { castProgramme, expectFields, type Cast } from '../programme-cast';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

const INDICATORS = `query ($id: ID!) {
  programme(id: $id) {
    indicators { name achieved source twinningStatus twinningKinds countedEvents { id } }
  }
}`;

interface IndicatorView {
  name: string;
  achieved: number;
  source: string;
  twinningStatus: string | null;
  twinningKinds: string[];
  countedEvents: { id: string }[];
}

describe('indicators counting twinning relations', () => {
  it('count the relations of the programme in a status, of the kinds named', async () => {
    const p = await castProgramme(app, cast);
    const ds = app.dataSource;
    const id = p.programme.id;
    const other = await castProgramme(app, cast);
    const [x, y, z] = [
      await buildOrganisation(ds),
      await buildOrganisation(ds),
      await buildOrganisation(ds),
    ];
    // Two active agreements and an active memorandum of the programme, a proposed agreement,
    // and an active agreement of another programme.
    await buildTwinning(ds, cast.ua, cast.pl, { kind: TwinningKind.AGREEMENT, programmeId: id });
    await buildTwinning(ds, cast.ua, x, { kind: TwinningKind.AGREEMENT, programmeId: id });
    await buildTwinning(ds, cast.pl, x, { kind: TwinningKind.MEMORANDUM, programmeId: id });
    const proposed = await buildTwinning(ds, cast.ua, y, {
      kind: TwinningKind.AGREEMENT,
      status: TwinningStatus.PROPOSED,
      programmeId: id,
    });
    await buildTwinning(ds, cast.pl, z, {
      kind: TwinningKind.AGREEMENT,
      programmeId: other.programme.id,
    });

    const create = (name: string, input: Record<string, unknown>) =>
      cast.clients.coordinator.ok(CREATE_INDICATOR, {
        programmeId: id,
        input: indicatorInput({ name, source: 'TWINNING_RELATIONS', achieved: 50, ...input }),
      });
    await create('agreements signed', { twinningKinds: ['AGREEMENT'] });
    await create('relations in force', {});
    await create('proposed', { twinningStatus: 'PROPOSED' });

    const indicators = async () => {
      const data = await cast.clients.observer.ok<{ programme: { indicators: IndicatorView[] } }>(
        INDICATORS,
        { id },
      );
      return data.programme.indicators;
    };
    expect(await indicators()).toEqual([
      {
        name: 'agreements signed',
        achieved: 2,
        source: 'TWINNING_RELATIONS',
        twinningStatus: 'ACTIVE',
        twinningKinds: ['AGREEMENT'],
        countedEvents: [],
      },
      {
        name: 'relations in force',
        achieved: 3,
        source: 'TWINNING_RELATIONS',
        twinningStatus: 'ACTIVE',
        twinningKinds: [],
        countedEvents: [],
      },
      {
        name: 'proposed',
        achieved: 1,
        source: 'TWINNING_RELATIONS',
        twinningStatus: 'PROPOSED',
        twinningKinds: [],
        countedEvents: [],
      },
    ]);

    // The proposed agreement is signed: it moves from one count to the others.
    await ds.getRepository(TwinningRelation).update(proposed.id, { status: TwinningStatus.ACTIVE });
    expect((await indicators()).map((i) => i.achieved)).toEqual([3, 4, 0]);
  });

  it('take twinning fields only with that source, and no event types with it', async () => {
    const p = await castProgramme(app, cast);
    const attempt = (input: Record<string, unknown>) =>
      cast.clients.coordinator.request(CREATE_INDICATOR, {
        programmeId: p.programme.id,
        input: indicatorInput(input),
      });
    expectFields(
      await attempt({
        source: 'EVENTS_HELD',
        twinningStatus: 'ACTIVE',
        twinningKinds: ['MEMORANDUM'],
      }),
      [
        ['input.twinningStatus', 'not_allowed'],
        ['input.twinningKinds', 'not_allowed'],
      ],
    );
    expectFields(await attempt({ source: 'TWINNING_RELATIONS', eventTypes: ['WORKSHOP'] }), [
      ['input.eventTypes', 'not_allowed'],
    ]);
  });
});
