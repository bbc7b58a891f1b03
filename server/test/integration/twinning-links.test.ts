import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode, TwinningStatus } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildEvent, buildOrganisation, buildProgramme, buildTwinning } from '../factories';
import type { TestApp } from '../graphql';
import {
  auditOf,
  castProgramme,
  expectFields,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import {
  AREAS,
  detailsInput,
  LINK_EVENT,
  TWINNING,
  TWINNING_DASHBOARD,
  TWINNINGS,
  UNLINK_EVENT,
  UPDATE_TWINNING,
  type Relation,
} from '../twinning-documents';
import { twinningSteps } from '../twinning-steps';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

const { across } = twinningSteps(() => ({ app, cast }));

describe('details and links', () => {
  it('updates the details, audited, and moves a relation only into a programme one may use', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b);
    const other = await buildProgramme(app.dataSource, {
      coordinators: [cast.users.otherCoordinator],
    });
    expect(
      await cast.clients.coordinator.code(UPDATE_TWINNING, {
        id: relation.id,
        version: 1,
        input: detailsInput({ programmeId: other.programme.id }),
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    const data = await cast.clients.coordinator.ok<{ updateTwinningRelation: Relation }>(
      UPDATE_TWINNING,
      {
        id: relation.id,
        version: 1,
        input: detailsInput({
          programmeId: p.programme.id,
          contacts: [{ organisationId: b.id, name: 'Anna Nowak', position: 'Wójt' }],
        }),
      },
    );
    expect(data.updateTwinningRelation).toMatchObject({ version: 2, areas: ['Економіка'] });
    expect(data.updateTwinningRelation.contacts[0]?.organisation.id).toBe(b.id);
    const audit = await auditOf(app, relation.id);
    expect(
      audit
        .at(-1)
        ?.changes.map((c) => c.field)
        .sort(),
    ).toEqual(['areas', 'contacts', 'kind', 'programmeId', 'since']);
  });

  it('links and unlinks events, audited, and shows each reader only events they may read', async () => {
    const b = await across();
    const relation = await buildTwinning(app.dataSource, cast.ua, b);
    const visit = await buildEvent(app.dataSource, p.programme.id, { title: 'Візит делегації' });
    // A programme the partner's council takes no part in.
    const elsewhere = await buildProgramme(app.dataSource, { partners: [cast.pl] });
    const hidden = await buildEvent(app.dataSource, elsewhere.programme.id);
    for (const eventId of [visit.id, visit.id, hidden.id]) {
      await cast.clients.admin.ok(LINK_EVENT, { id: relation.id, eventId });
    }
    const seen = async (member: 'admin' | 'partner') =>
      (
        await cast.clients[member].ok<{ twinningRelation: { events: { id: string }[] } }>(
          TWINNING,
          { id: relation.id },
        )
      ).twinningRelation.events.map((e) => e.id);
    expect(await seen('admin')).toEqual([visit.id, hidden.id]);
    expect(await seen('partner')).toEqual([visit.id]);
    // Nor may the partner link an event it cannot read.
    expect(
      await cast.clients.partner.code(LINK_EVENT, { id: relation.id, eventId: hidden.id }),
    ).toBe(ErrorCode.NOT_FOUND);
    const unlinked = await cast.clients.partner.ok<{
      unlinkTwinningEvent: { events: { id: string }[] };
    }>(UNLINK_EVENT, { id: relation.id, eventId: visit.id });
    expect(unlinked.unlinkTwinningEvent.events).toEqual([]);
    const audit = await auditOf(app, relation.id);
    expect(audit.map((a) => a.changes[0])).toEqual([
      { field: 'linkedEventId', before: null, after: visit.id },
      { field: 'linkedEventId', before: null, after: hidden.id },
      { field: 'linkedEventId', before: visit.id, after: null },
    ]);
  });
});

describe('filters and figures', () => {
  it('filters by programme, organisation, status, country and area', async () => {
    const kh = await buildOrganisation(app.dataSource, { country: 'UA' });
    const md = await buildOrganisation(app.dataSource, { country: 'MD' });
    const sk = await buildOrganisation(app.dataSource, { country: 'SK' });
    const culture = await buildTwinning(app.dataSource, kh, md, {
      areas: ['Освіта', 'Культура'],
      status: TwinningStatus.DORMANT,
      programmeId: p.programme.id,
    });
    const economy = await buildTwinning(app.dataSource, sk, kh, { areas: ['Економіка'] });
    const ids = async (variables: Record<string, unknown>) =>
      (
        await cast.clients.observer.ok<{ twinningRelations: { id: string }[] }>(TWINNINGS, {
          organisationId: kh.id,
          ...variables,
        })
      ).twinningRelations.map((r) => r.id);
    expect((await ids({})).sort()).toEqual([culture.id, economy.id].sort());
    expect(await ids({ status: 'DORMANT' })).toEqual([culture.id]);
    expect(await ids({ country: 'SK' })).toEqual([economy.id]);
    expect(await ids({ area: 'Освіта' })).toEqual([culture.id]);
    expect(await ids({ programmeId: p.programme.id })).toEqual([culture.id]);
    expect(await ids({ area: 'Спорт' })).toEqual([]);
    const areas = await cast.clients.observer.ok<{ twinningAreas: string[] }>(AREAS);
    expect(areas.twinningAreas).toEqual(expect.arrayContaining(['Економіка', 'Освіта']));
    const bad = await cast.clients.observer.request(TWINNINGS, {
      organisationId: 'x',
      country: 'pl',
    });
    expectFields(bad, [
      ['organisationId', 'unknown_reference'],
      ['country', 'invalid'],
    ]);
  });

  it('counts the programme’s relations by status on the dashboard, every status listed', async () => {
    const counted = await castProgramme(app, cast);
    const statuses = [TwinningStatus.ACTIVE, TwinningStatus.ACTIVE, TwinningStatus.PROPOSED];
    for (const status of statuses) {
      await buildTwinning(app.dataSource, cast.ua, await across(), {
        status,
        programmeId: counted.programme.id,
      });
    }
    await buildTwinning(app.dataSource, cast.ua, await across());
    const data = await cast.clients.observer.ok<{
      programmeDashboard: { twinningByStatus: { status: string; count: number }[] };
    }>(TWINNING_DASHBOARD, { programmeId: counted.programme.id });
    expect(data.programmeDashboard.twinningByStatus).toEqual([
      { status: 'PROPOSED', count: 1 },
      { status: 'NEGOTIATING', count: 0 },
      { status: 'ACTIVE', count: 2 },
      { status: 'DORMANT', count: 0 },
      { status: 'TERMINATED', count: 0 },
    ]);
  });
});
