import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { useCastProgramme } from '../cast-world';
import { buildEvent } from '../factories';
import type { TestApp } from '../graphql';
import type { Cast, CastProgramme } from '../programme-cast';
import { recordStatements } from '../statements';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

const EVENTS = (selection: string) => `
  query($programmeId: ID!) {
    events(programmeId: $programmeId, limit: 50) { items { id ${selection} } }
  }`;

interface Listed {
  events: { items: { id: string; organiser: { id: string; organisation?: { name: string } } }[] };
}

describe('a related record asked for by its id only', () => {
  beforeAll(async () => {
    for (const partner of [p.uaPartner, p.plPartner, p.uaPartner]) {
      await buildEvent(app.dataSource, p.programme.id, { organiserPartnerId: partner.id });
    }
  });

  async function list(selection: string) {
    return recordStatements(app, () =>
      cast.clients.coordinator.ok<Listed>(EVENTS(selection), { programmeId: p.programme.id }),
    );
  }

  it('is answered from the id on the row, without reading the record', async () => {
    const { statements, result } = await list('organiser { id __typename }');
    expect(result.events.items.map((e) => e.organiser.id).sort()).toEqual(
      [p.uaPartner.id, p.plPartner.id, p.uaPartner.id].sort(),
    );
    expect(statements.filter((sql) => /FROM "partner"/.test(sql))).toEqual([]);
  });

  it('counts fields asked through a fragment, and reads the record once for all rows', async () => {
    const { statements, result } = await list(
      'organiser { ...on Partner { id organisation { name } } }',
    );
    expect(result.events.items.every((e) => e.organiser.organisation?.name)).toBe(true);
    expect(statements.filter((sql) => /FROM "partner"/.test(sql))).toHaveLength(1);
  });
});
