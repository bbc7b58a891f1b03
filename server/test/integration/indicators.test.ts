import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { useCastProgramme } from '../cast-world';
import { buildAction, buildIndicator, buildProgramme } from '../factories';
import type { TestApp } from '../graphql';
import {
  expectFields,
  expectNoChange,
  lastAudit,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  CREATE_INDICATOR,
  indicatorInput,
  REMOVE_INDICATOR,
  UPDATE_INDICATOR,
} from '../programme-documents';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

const indicators = () => rowsOf(app, 'indicator', 'programmeId', p.programme.id);
const INDICATORS = `query ($id: ID!) { programme(id: $id) { indicators { id name achieved } } }`;

describe('indicators', () => {
  it('names the action an indicator measures', async () => {
    const action = await buildAction(app.dataSource, p.programme.id);
    await buildIndicator(app.dataSource, p.programme.id, { actionId: action.id });
    const data = await cast.clients.observer.ok<{
      programme: { indicators: { action: { id: string } | null }[] };
    }>(`query ($id: ID!) { programme(id: $id) { indicators { action { id } } } }`, {
      id: p.programme.id,
    });
    expect(data.programme.indicators.map((i) => i.action?.id)).toContain(action.id);
  });

  it('creates, updates and removes an indicator, auditing each change', async () => {
    const action = await buildAction(app.dataSource, p.programme.id);
    const created = await cast.clients.coordinator.request<{ createIndicator: { id: string } }>(
      CREATE_INDICATOR,
      {
        programmeId: p.programme.id,
        input: indicatorInput({ name: ' Круглих столів ', unit: 'events', actionId: action.id }),
      },
    );
    expect(created.data?.createIndicator).toMatchObject({
      name: 'Круглих столів',
      target: 120,
      achieved: 0,
      version: 1,
    });
    const id = created.data?.createIndicator.id ?? '';
    expect(await lastAudit(app, id)).toMatchObject({
      action: 'CREATE',
      entityType: 'Indicator',
      fields: ['achieved', 'actionId', 'eventTypes', 'name', 'source', 'target', 'unit'],
    });

    const updated = await cast.clients.admin.request(UPDATE_INDICATOR, {
      id,
      version: 1,
      input: indicatorInput({ name: 'Круглих столів', unit: 'events', achieved: 4.5 }),
    });
    expect(updated.data).toMatchObject({ updateIndicator: { achieved: 4.5, version: 2 } });
    expect(await lastAudit(app, id)).toMatchObject({
      action: 'UPDATE',
      actorId: cast.users.admin.id,
      changes: [
        { field: 'achieved', before: 0, after: 4.5 },
        { field: 'actionId', before: action.id, after: null },
      ],
    });
    // Partners read a programme's indicators.
    expect(await cast.clients.partner.ok(INDICATORS, { id: p.programme.id })).toMatchObject({
      programme: {
        indicators: expect.arrayContaining([{ id, name: 'Круглих столів', achieved: 4.5 }]),
      },
    });

    expect(await cast.clients.coordinator.ok(REMOVE_INDICATOR, { id, version: 2 })).toEqual({
      removeIndicator: true,
    });
    expect(await rowsOf(app, 'indicator', 'id', id)).toEqual([]);
    expect(await lastAudit(app, id)).toMatchObject({ action: 'DELETE' });
  });

  it.each<[string, () => Promise<Record<string, unknown>>, [string, string][]]>([
    ['a blank name', async () => ({ name: ' ' }), [['input.name', 'required']]],
    ['a negative target', async () => ({ target: -1 }), [['input.target', 'out_of_range']]],
    [
      'an action of another programme',
      async () => {
        const other = await buildProgramme(app.dataSource);
        return { actionId: (await buildAction(app.dataSource, other.programme.id)).id };
      },
      [['input.actionId', 'unknown_reference']],
    ],
  ])('refuses %s by field on create and update, changing nothing', async (_case, bad, fields) => {
    const input = indicatorInput(await bad());
    const existing = await buildIndicator(app.dataSource, p.programme.id);
    for (const request of [
      () =>
        cast.clients.coordinator.request(CREATE_INDICATOR, { programmeId: p.programme.id, input }),
      () =>
        cast.clients.coordinator.request(UPDATE_INDICATOR, { id: existing.id, version: 1, input }),
    ]) {
      expectFields(await expectNoChange(app, indicators, request), fields);
    }
  });
});
