import 'reflect-metadata';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoData } from '../../src/database/demo-seed';
import { buildEvent } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { buildCast, castProgramme, type Cast } from '../programme-cast';

const EVENTS = `query ($programmeId: ID!) {
  events(programmeId: $programmeId, limit: 200) { items { id title startsAt endsAt timeZone } }
}`;

interface ApiEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

interface ReadEvent {
  uid: string;
  tzid: string | null;
  startsAt: string;
  endsAt: string;
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/**
 * The feed as a calendar app reads it: ical.js, with the feed's own VTIMEZONEs registered
 * (and unregistered after, so one feed's blocks cannot answer for another's).
 */
async function readFeed(programmeId: string, client: Client): Promise<ReadEvent[]> {
  const response = await fetch(`${app.url}/calendar/${programmeId}.ics`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  try {
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
      return {
        uid: event.uid,
        tzid: typeof tzid === 'string' ? tzid : null,
        startsAt: event.startDate.toJSDate().toISOString(),
        endsAt: event.endDate.toJSDate().toISOString(),
      };
    });
  } finally {
    for (const zone of zones)
      ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}

async function apiEvents(programmeId: string, client: Client): Promise<ApiEvent[]> {
  const data = await client.ok<{ events: { items: ApiEvent[] } }>(EVENTS, { programmeId });
  return data.events.items;
}

/** Each event of the API, as the feed's reader sees it: same instants, and its zone's TZID. */
function expectSameInstants(api: ApiEvent[], read: ReadEvent[]): void {
  expect(read).toHaveLength(api.length);
  const byUid = new Map(read.map((event) => [event.uid, event]));
  for (const event of api) {
    const seen = byUid.get(`${event.id}@spilno`);
    expect({ title: event.title, startsAt: seen?.startsAt, endsAt: seen?.endsAt }).toEqual({
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
    });
  }
}

describe('the iCalendar feed read by a calendar app', () => {
  it('puts every demo event at the instant the API gives, the 2012 Moscow ones included', async () => {
    await loadDemoData(app.dataSource);
    const admin = app.anonymous();
    await admin.ok(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: 'admin@spilno.test', p: DEMO_PASSWORD },
    );
    const { programmes } = await admin.ok<{ programmes: { id: string }[] }>(
      '{ programmes { id } }',
    );
    let moscow = 0;
    let total = 0;
    for (const programme of programmes) {
      const api = await apiEvents(programme.id, admin);
      expectSameInstants(api, await readFeed(programme.id, admin));
      moscow += api.filter((e) => e.timeZone === 'Europe/Moscow').length;
      total += api.length;
    }
    const [stored] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM event',
    );
    expect(total).toBe(stored?.n);
    expect(moscow).toBeGreaterThanOrEqual(4);
  });

  describe('with events on clock-change nights and under old rules', () => {
    let cast: Cast;
    let programmeId: string;
    const events: Record<string, [string, string, string]> = {
      // Kyiv springs forward at 03:00 local: 01:30 is still winter time, 04:30 summer time.
      'Kyiv, spring night': ['Europe/Kyiv', '2026-03-28T23:30:00Z', '2026-03-29T01:30:00Z'],
      // Kyiv falls back at 04:00 local: 03:30 happens twice, once in each offset.
      'Kyiv, autumn night, first 03:30': [
        'Europe/Kyiv',
        '2026-10-25T00:30:00Z',
        '2026-10-25T02:00:00Z',
      ],
      'Kyiv, autumn night, second 03:30': [
        'Europe/Kyiv',
        '2026-10-25T01:30:00Z',
        '2026-10-25T03:00:00Z',
      ],
      // Moscow kept UTC+4 all year from 2011 to October 2014, then UTC+3.
      'Moscow 2012, winter': ['Europe/Moscow', '2012-02-14T06:00:00Z', '2012-02-14T09:00:00Z'],
      'Moscow 2012, summer': ['Europe/Moscow', '2012-07-10T06:00:00Z', '2012-07-10T09:00:00Z'],
      'Moscow, across the 2014 change': [
        'Europe/Moscow',
        '2014-10-25T21:00:00Z',
        '2014-10-25T23:30:00Z',
      ],
      'Moscow 2015': ['Europe/Moscow', '2015-03-03T07:00:00Z', '2015-03-03T10:00:00Z'],
      'Warsaw, spring night': ['Europe/Warsaw', '2025-03-30T00:30:00Z', '2025-03-30T02:00:00Z'],
      'Warsaw, autumn night': ['Europe/Warsaw', '2025-10-26T02:00:00Z', '2025-10-26T04:00:00Z'],
      'Kyiv 1995': ['Europe/Kyiv', '1995-06-01T09:00:00Z', '1995-06-01T11:00:00Z'],
      UTC: ['UTC', '2026-01-01T00:00:00Z', '2026-01-01T02:00:00Z'],
    };

    beforeAll(async () => {
      cast = await buildCast(app);
      programmeId = (await castProgramme(app, cast)).programme.id;
      for (const [title, [timeZone, startsAt, endsAt]] of Object.entries(events)) {
        await buildEvent(app.dataSource, programmeId, {
          title,
          timeZone,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
        });
      }
    });

    it('reads each at the instant the API gives', async () => {
      const client = cast.clients.observer;
      const api = await apiEvents(programmeId, client);
      expect(api).toHaveLength(Object.keys(events).length);
      expectSameInstants(api, await readFeed(programmeId, client));
    });

    it('names each event’s zone, except where the wall clock alone would mislead', async () => {
      const client = cast.clients.observer;
      const api = await apiEvents(programmeId, client);
      const read = new Map((await readFeed(programmeId, client)).map((e) => [e.uid, e.tzid]));
      const zoneOf = (title: string) =>
        read.get(`${api.find((e) => e.title === title)?.id}@spilno`);
      expect(zoneOf('Moscow 2012, summer')).toBe('Europe/Moscow');
      expect(zoneOf('Kyiv, spring night')).toBe('Europe/Kyiv');
      expect(zoneOf('Warsaw, autumn night')).toBe('Europe/Warsaw');
      expect(zoneOf('Moscow 2015')).toBe('Europe/Moscow');
      // A local time that happens twice is read differently by different parsers: in UTC.
      expect(zoneOf('Kyiv, autumn night, first 03:30')).toBeNull();
      expect(zoneOf('Kyiv, autumn night, second 03:30')).toBeNull();
      expect(zoneOf('Moscow, across the 2014 change')).toBeNull();
      expect(zoneOf('UTC')).toBeNull();
    });
  });
});
