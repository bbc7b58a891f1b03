import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { EventStatus, EventType, IndicatorSource } from '@spilno/shared';
import { useCast } from '../cast-world';
import {
  buildAction,
  buildEvent,
  buildIndicator,
  buildOrganisation,
  buildPartner,
} from '../factories';
import type { TestApp } from '../graphql';
import {
  castProgramme,
  expectFields,
  lastAudit,
  type Cast,
  type CastProgramme,
} from '../programme-cast';
import { EVENT_DASHBOARD, eventInput, LOG_EVENT, UPDATE_EVENT } from '../event-documents';
import { CREATE_INDICATOR, indicatorInput } from '../programme-documents';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

interface Dashboard {
  eventsByType: { type: string; count: number }[];
  attendeesBySide: { sideId: string; count: number }[];
}

async function dashboardOf(p: CastProgramme): Promise<Dashboard> {
  const data = await cast.clients.observer.ok<{ programmeDashboard: Dashboard }>(EVENT_DASHBOARD, {
    programmeId: p.programme.id,
  });
  return data.programmeDashboard;
}

const countOf = (d: Dashboard, type: EventType) =>
  d.eventsByType.find((row) => row.type === type)?.count;

describe('dashboard', () => {
  it('sums the attendees of both sides and counts events by type, held ones only', async () => {
    const p = await castProgramme(app, cast);
    const attendees = (ua: number, pl: number) => [
      { sideId: p.uaSide.id, count: ua },
      { sideId: p.plSide.id, count: pl },
    ];
    // Each side logs a held event of its own; a planned one and a cancelled one do not count.
    await cast.clients.partner.ok(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        organiserPartnerId: p.uaPartner.id,
        status: 'HELD',
        attendees: attendees(20, 7),
      }),
    });
    await cast.clients.neighbour.ok(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        type: 'CONFERENCE',
        timeZone: 'Europe/Warsaw',
        organiserPartnerId: p.plPartner.id,
        status: 'HELD',
        attendees: attendees(5, 30),
      }),
    });
    await cast.clients.partner.ok(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({ organiserPartnerId: p.uaPartner.id, attendees: attendees(100, 100) }),
    });
    await buildEvent(app.dataSource, p.programme.id, {
      status: EventStatus.CANCELLED,
      attendees: attendees(50, 50),
    });

    const dashboard = await dashboardOf(p);
    expect(dashboard.attendeesBySide).toEqual([
      { sideId: p.uaSide.id, count: 25 },
      { sideId: p.plSide.id, count: 37 },
    ]);
    expect(countOf(dashboard, EventType.ROUND_TABLE)).toBe(1);
    expect(countOf(dashboard, EventType.CONFERENCE)).toBe(1);
    expect(countOf(dashboard, EventType.WORKSHOP)).toBe(0);
    expect(dashboard.eventsByType).toHaveLength(Object.keys(EventType).length);
  });
});

const INDICATORS = `query ($id: ID!) { programme(id: $id) { indicators {
  id name source achieved countedEvents { id title }
} } }`;

interface IndicatorView {
  name: string;
  source: string;
  achieved: number;
  countedEvents: { id: string; title: string }[];
}

async function indicatorsOf(p: CastProgramme): Promise<Record<string, IndicatorView>> {
  const data = await cast.clients.observer.ok<{ programme: { indicators: IndicatorView[] } }>(
    INDICATORS,
    { id: p.programme.id },
  );
  return Object.fromEntries(data.programme.indicators.map((i) => [i.name, i]));
}

describe('computed indicators', () => {
  it('rise as events are held, and show which events count', async () => {
    const p = await castProgramme(app, cast);
    const action = await buildAction(app.dataSource, p.programme.id);
    const third = await buildOrganisation(app.dataSource);
    const ds = app.dataSource;
    const id = p.programme.id;
    await buildIndicator(ds, id, { name: 'entered', achieved: 3 });
    await buildIndicator(ds, id, {
      name: 'round tables',
      source: IndicatorSource.EVENTS_HELD,
      eventTypes: [EventType.ROUND_TABLE],
    });
    await buildIndicator(ds, id, { name: 'people', source: IndicatorSource.ATTENDEES });
    await buildIndicator(ds, id, {
      name: 'from PL',
      source: IndicatorSource.ATTENDEES,
      sideId: p.plSide.id,
    });
    await buildIndicator(ds, id, { name: 'organisations', source: IndicatorSource.ORGANISATIONS });
    await buildIndicator(ds, id, {
      name: 'of the action',
      source: IndicatorSource.EVENTS_HELD,
      actionId: action.id,
    });

    const before = await indicatorsOf(p);
    expect(Object.values(before).map((i) => [i.name, i.achieved])).toEqual([
      ['entered', 3],
      ['round tables', 0],
      ['people', 0],
      ['from PL', 0],
      ['organisations', 0],
      ['of the action', 0],
    ]);

    const logged = await cast.clients.partner.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId: id,
      input: eventInput({
        title: 'Перший круглий стіл',
        organiserPartnerId: p.uaPartner.id,
        actionId: action.id,
        participantOrganisationIds: [cast.pl.id, third.id],
        attendees: [
          { sideId: p.uaSide.id, count: 12 },
          { sideId: p.plSide.id, count: 8 },
        ],
      }),
    });
    // Planned: nothing counts yet.
    expect((await indicatorsOf(p))['round tables']?.achieved).toBe(0);

    await cast.clients.partner.ok(UPDATE_EVENT, {
      id: logged.logEvent.id,
      version: 1,
      input: eventInput({
        title: 'Перший круглий стіл',
        status: 'HELD',
        organiserPartnerId: p.uaPartner.id,
        actionId: action.id,
        participantOrganisationIds: [cast.pl.id, third.id],
        attendees: [
          { sideId: p.uaSide.id, count: 12 },
          { sideId: p.plSide.id, count: 8 },
        ],
      }),
    });
    await buildEvent(ds, id, {
      type: EventType.WORKSHOP,
      status: EventStatus.HELD,
      attendees: [{ sideId: p.plSide.id, count: 5 }],
    });

    const after = await indicatorsOf(p);
    expect(Object.values(after).map((i) => [i.name, i.achieved])).toEqual([
      ['entered', 3],
      ['round tables', 1],
      ['people', 25],
      ['from PL', 13],
      ['organisations', 3], // the UA organiser, the PL council and a third one
      ['of the action', 1],
    ]);
    expect(after['round tables']?.countedEvents.map((e) => e.title)).toEqual([
      'Перший круглий стіл',
    ]);
    expect(after['people']?.countedEvents).toHaveLength(2);
    expect(after['entered']?.countedEvents).toEqual([]);
  });

  it('is created through the API with its source, keeping the plain input working', async () => {
    const p = await castProgramme(app, cast);
    const plain = await cast.clients.coordinator.ok<{ createIndicator: { id: string } }>(
      CREATE_INDICATOR,
      { programmeId: p.programme.id, input: indicatorInput({ achieved: 4 }) },
    );
    expect(plain.createIndicator).toMatchObject({ achieved: 4 });
    const computed = await cast.clients.coordinator.ok<{ createIndicator: { id: string } }>(
      CREATE_INDICATOR,
      {
        programmeId: p.programme.id,
        input: indicatorInput({
          source: 'ATTENDEES',
          sideId: p.uaSide.id,
          eventTypes: ['ROUND_TABLE', 'WORKSHOP'],
          achieved: 99,
        }),
      },
    );
    expect(computed.createIndicator).toMatchObject({ achieved: 0 });
    expect(await lastAudit(app, computed.createIndicator.id)).toMatchObject({
      fields: ['achieved', 'eventTypes', 'name', 'sideId', 'source', 'target', 'unit'],
    });
    const other = await castProgramme(app, cast);
    const bad = await cast.clients.coordinator.request(CREATE_INDICATOR, {
      programmeId: p.programme.id,
      input: indicatorInput({ source: 'ATTENDEES', sideId: other.uaSide.id }),
    });
    expectFields(bad, [['input.sideId', 'unknown_reference']]);
    const notAttendees = await cast.clients.coordinator.request(CREATE_INDICATOR, {
      programmeId: p.programme.id,
      input: indicatorInput({ source: 'EVENTS_HELD', sideId: p.uaSide.id }),
    });
    expectFields(notAttendees, [['input.sideId', 'not_allowed']]);
  });
});

describe('actions and their events', () => {
  it('shows the events of an action and when it was last held', async () => {
    const p = await castProgramme(app, cast);
    const action = await buildAction(app.dataSource, p.programme.id);
    const at = (iso: string, status: EventStatus) =>
      buildEvent(app.dataSource, p.programme.id, {
        actionId: action.id,
        status,
        startsAt: new Date(iso),
        endsAt: new Date(iso),
      });
    await at('2026-03-10T08:00:00Z', EventStatus.HELD);
    await at('2026-04-10T08:00:00Z', EventStatus.HELD);
    await at('2026-05-10T08:00:00Z', EventStatus.PLANNED);
    const data = await cast.clients.partner.ok<{
      action: { lastHeldAt: string; events: { startsAt: string }[] };
    }>(`query ($id: ID!) { action(id: $id) { lastHeldAt events { startsAt } } }`, {
      id: action.id,
    });
    expect(data.action.events).toHaveLength(3);
    expect(data.action.lastHeldAt).toBe('2026-04-10T08:00:00.000Z');
  });
});

describe('reading many events', () => {
  const LIST = `query ($programmeId: ID!) { events(programmeId: $programmeId, limit: 200) {
    total items { id organiser { organisation { name } side { name } }
      attendees { count side { name } } participants { name } action { code } }
  } }`;

  async function programmeWith(size: number): Promise<CastProgramme> {
    const p = await castProgramme(app, cast);
    const extra = await buildPartner(app.dataSource, p, await buildOrganisation(app.dataSource));
    for (let i = 0; i < size; i++) {
      const action = await buildAction(app.dataSource, p.programme.id);
      const event = await buildEvent(app.dataSource, p.programme.id, {
        organiserPartnerId: [p.uaPartner, p.plPartner, extra][i % 3]?.id ?? null,
        actionId: action.id,
        attendees: [
          { sideId: p.uaSide.id, count: i },
          { sideId: p.plSide.id, count: 1 },
        ],
      });
      await app.dataSource.query(
        'INSERT INTO event_participant ("eventId", "organisationId") VALUES ($1, $2), ($1, $3)',
        [event.id, cast.ua.id, cast.pl.id],
      );
    }
    return p;
  }

  async function statementsFor(p: CastProgramme, size: number): Promise<number> {
    const logger = app.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (...args) => {
      count += 1;
      return original(...args);
    };
    try {
      const data = await cast.clients.partner.ok<{ events: { total: number } }>(LIST, {
        programmeId: p.programme.id,
      });
      expect(data.events.total).toBe(size);
    } finally {
      logger.logQuery = original;
    }
    return count;
  }

  it('issues a bounded number of statements, as few for 30 events as for 4', async () => {
    const small = await statementsFor(await programmeWith(4), 4);
    const large = await statementsFor(await programmeWith(30), 30);
    // One batch per relation; organisations and sides are reached by two paths, which the
    // loaders may batch together or apart depending on timing, so allow for one split each.
    expect(Math.abs(large - small)).toBeLessThanOrEqual(2);
    expect(large).toBeLessThanOrEqual(12);
  });
});
