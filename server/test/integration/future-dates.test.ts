import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { EventStatus, IndicatorSource, todayIso, TwinningStatus } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import {
  buildAction,
  buildEvent,
  buildIndicator,
  buildOrganisation,
  buildTwinning,
} from '../factories';
import type { TestApp } from '../graphql';
import {
  FULL_DASHBOARD,
  PORTFOLIO,
  PUBLIC_PROGRAMME,
  type FullDashboard,
  type PortfolioEntry,
} from '../dashboard-documents';
import { eventInput, LOG_EVENT, UPDATE_EVENT } from '../event-documents';
import {
  castProgramme,
  expectFields,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import { ADD_SIGNATORY, UPDATE_PROGRAMME } from '../programme-documents';
import {
  CHANGE_STATUS,
  CREATE_TWINNING,
  detailsInput,
  twinningInput,
  UPDATE_TWINNING,
} from '../twinning-documents';

/** What has happened is never dated after today: status changes, held events, signatures. */
let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world), { published: true, endsOn: '2030-12-31' });

const FUTURE_DAY = '2030-01-15';
const FUTURE_START = '2027-05-20T10:00:00+03:00';

describe('twinning dates', () => {
  it('refuses a status change dated in the future, so it cannot block the next ones', async () => {
    const b = await buildOrganisation(app.dataSource, { country: 'PL' });
    const relation = await buildTwinning(app.dataSource, cast.ua, b, {
      status: TwinningStatus.ACTIVE,
    });
    const variables = { id: relation.id, version: 1, status: 'DORMANT', on: FUTURE_DAY };
    const result = await expectNoChange(
      app,
      () => rowsOf(app, 'twinning_status_change', 'relationId', relation.id),
      () => cast.clients.coordinator.request(CHANGE_STATUS, variables),
    );
    expectFields(result, [['on', 'in_future']]);
    await cast.clients.coordinator.ok(CHANGE_STATUS, { ...variables, on: todayIso() });
  });

  it('lets a correctly dated change follow a future-dated step recorded before the rule', async () => {
    const b = await buildOrganisation(app.dataSource, { country: 'PL' });
    const relation = await buildTwinning(app.dataSource, cast.ua, b, {
      status: TwinningStatus.ACTIVE,
    });
    await app.dataSource.query(
      `UPDATE twinning_status_change SET "effectiveOn" = $1 WHERE "relationId" = $2`,
      [FUTURE_DAY, relation.id],
    );
    const data = await cast.clients.coordinator.ok<{ changeTwinningStatus: { status: string } }>(
      CHANGE_STATUS,
      { id: relation.id, version: 1, status: 'DORMANT', on: todayIso() },
    );
    expect(data.changeTwinningStatus.status).toBe('DORMANT');
  });

  it('refuses a relation existing since a day still to come', async () => {
    const b = await buildOrganisation(app.dataSource, { country: 'PL' });
    expectFields(
      await cast.clients.coordinator.request(CREATE_TWINNING, {
        input: twinningInput(cast.ua.id, b.id, { since: FUTURE_DAY }),
      }),
      [['input.since', 'in_future']],
    );
    const relation = await buildTwinning(app.dataSource, cast.ua, b);
    expectFields(
      await cast.clients.coordinator.request(UPDATE_TWINNING, {
        id: relation.id,
        version: 1,
        input: detailsInput({ since: FUTURE_DAY }),
      }),
      [['input.since', 'in_future']],
    );
  });
});

describe('held events', () => {
  it('refuses HELD for an event that has not started, on logging and on update', async () => {
    const held = { ...eventInput({ startsAt: FUTURE_START, endsAt: '2027-05-20T13:00:00+03:00' }) };
    const rows = () => rowsOf(app, 'event', 'programmeId', p.programme.id);
    const logged = await expectNoChange(app, rows, () =>
      cast.clients.coordinator.request(LOG_EVENT, {
        programmeId: p.programme.id,
        input: { ...held, status: 'HELD' },
      }),
    );
    expectFields(logged, [['input.status', 'not_started']]);
    const planned = await cast.clients.coordinator.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId: p.programme.id,
      input: { ...held, status: 'PLANNED' },
    });
    expectFields(
      await cast.clients.coordinator.request(UPDATE_EVENT, {
        id: planned.logEvent.id,
        version: 1,
        input: { ...held, status: 'HELD' },
      }),
      [['input.status', 'not_started']],
    );
  });

  it('keeps a held event from being moved into the future with its status left out', async () => {
    const past = await cast.clients.coordinator.ok<{ logEvent: { id: string; status: string } }>(
      LOG_EVENT,
      { programmeId: p.programme.id, input: { ...eventInput(), status: 'HELD' } },
    );
    expect(past.logEvent.status).toBe('HELD');
    expectFields(
      await cast.clients.coordinator.request(UPDATE_EVENT, {
        id: past.logEvent.id,
        version: 1,
        input: eventInput({ startsAt: FUTURE_START, endsAt: '2027-05-20T13:00:00+03:00' }),
      }),
      [['input.startsAt', 'not_started']],
    );
  });

  it('counts in no figure an event marked HELD before it started', async () => {
    const q = await castProgramme(app, cast, { published: true });
    const action = await buildAction(app.dataSource, q.programme.id);
    const indicator = await buildIndicator(app.dataSource, q.programme.id, {
      source: IndicatorSource.EVENTS_HELD,
    });
    const common = {
      status: EventStatus.HELD,
      organiserPartnerId: q.uaPartner.id,
      actionId: action.id,
      attendees: [{ sideId: q.uaSide.id, count: 30 }],
    };
    const done = await buildEvent(app.dataSource, q.programme.id, common);
    // As stored before the rule, or by hand: a round table of next year already "held".
    await buildEvent(app.dataSource, q.programme.id, {
      ...common,
      startsAt: new Date('2027-05-20T07:00:00Z'),
      endsAt: new Date('2027-05-20T10:00:00Z'),
    });

    const { programmeDashboard: d } = await cast.clients.coordinator.ok<{
      programmeDashboard: FullDashboard;
    }>(FULL_DASHBOARD, { programmeId: q.programme.id });
    expect(d.eventsByType.find((e) => e.type === 'ROUND_TABLE')?.count).toBe(1);
    expect(d.attendeesBySide.find((a) => a.sideId === q.uaSide.id)?.count).toBe(30);
    expect(d.eventsPerQuarter.map((e) => [e.quarter, e.count])).toEqual([['2026-Q2', 1]]);
    expect(d.balance.find((b) => b.sideId === q.uaSide.id)).toMatchObject({
      eventsOrganised: 1,
      attendeesSent: 30,
    });
    expect(d.indicators.find((i) => i.id === indicator.id)?.achieved).toBe(1);

    const { portfolio } = await cast.clients.admin.ok<{ portfolio: PortfolioEntry[] }>(PORTFOLIO);
    expect(portfolio.find((e) => e.programme.id === q.programme.id)).toMatchObject({
      eventsHeld: 1,
      lastEventAt: done.startsAt.toISOString(),
    });

    const { publicProgramme } = await app
      .anonymous()
      .ok<{ publicProgramme: { events: { startsAt: string }[] } }>(PUBLIC_PROGRAMME, {
        code: q.programme.code,
      });
    expect(publicProgramme.events.map((e) => e.startsAt)).toEqual([done.startsAt.toISOString()]);

    const { action: shown } = await cast.clients.coordinator.ok<{
      action: { lastHeldAt: string | null };
    }>(`query ($id: ID!) { action(id: $id) { lastHeldAt } }`, { id: action.id });
    expect(shown.lastHeldAt).toBe(done.startsAt.toISOString());
  });
});

describe('signatures', () => {
  const sign = (programmeId: string, signedOn: string) =>
    cast.clients.coordinator.request(ADD_SIGNATORY, {
      programmeId,
      input: { person: 'Олена Петренко', position: 'Голова ради', signedOn },
    });

  it('refuses a signing date in the future', async () => {
    const rows = () => rowsOf(app, 'programme_signatory', 'programmeId', p.programme.id);
    const result = await expectNoChange(app, rows, () => sign(p.programme.id, FUTURE_DAY));
    expectFields(result, [['input.signedOn', 'in_future']]);
  });

  it('refuses a signature after the programme ended, and takes one before it began', async () => {
    const ended = await castProgramme(app, cast, { startsOn: '2020-01-01', endsOn: '2022-12-31' });
    expectFields(await sign(ended.programme.id, '2023-02-01'), [
      ['input.signedOn', 'outside_period'],
    ]);
    const signed = await sign(ended.programme.id, '2019-11-20');
    expect(signed.errors).toBeUndefined();
  });

  it('keeps a programme from ending before a signature it holds', async () => {
    const signedLate = await castProgramme(app, cast, {
      startsOn: '2020-01-01',
      endsOn: '2022-12-31',
    });
    expect((await sign(signedLate.programme.id, '2022-06-15')).errors).toBeUndefined();
    const shorten = (endsOn: string) =>
      cast.clients.coordinator.request<{ updateProgramme: { version: number } }>(UPDATE_PROGRAMME, {
        id: signedLate.programme.id,
        version: signedLate.programme.version,
        input: { endsOn },
      });
    const rows = () => rowsOf(app, 'programme', 'id', signedLate.programme.id);
    expectFields(await expectNoChange(app, rows, () => shorten('2022-03-31')), [
      ['input.endsOn', 'outside_period'],
    ]);
    expect((await shorten('2022-06-15')).errors).toBeUndefined();
  });
});
