import 'reflect-metadata';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ErrorCode, EventType, ProgrammeStatus } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildEvent } from '../factories';
import type { Client, TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import {
  EVENT_QUERY,
  EVENTS,
  eventInput,
  FEED_INFO,
  FEED_URL,
  LOG_EVENT,
  REVOKE_FEED,
} from '../event-documents';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

/** GET a path of the app with the client's cookie, if any. */
function get(path: string, client?: Client): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
}

interface Listed {
  events: { total: number; items: { title: string; type: string }[] };
}

describe('time zones', () => {
  it('keeps 01:30 Kyiv time on the night the clocks change as the same instant and zone', async () => {
    const logged = await cast.clients.partner.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        title: 'Нічний семінар',
        startsAt: '2026-03-29T01:30:00+02:00',
        endsAt: '2026-03-29T04:30:00+03:00',
        timeZone: 'Europe/Kyiv',
        organiserPartnerId: p.uaPartner.id,
      }),
    });
    const data = await cast.clients.neighbour.ok<{ event: Record<string, string> }>(EVENT_QUERY, {
      id: logged.logEvent.id,
    });
    expect(data.event).toMatchObject({
      startsAt: '2026-03-28T23:30:00.000Z',
      endsAt: '2026-03-29T01:30:00.000Z',
      timeZone: 'Europe/Kyiv',
      startsAtLocal: '2026-03-29T01:30:00+02:00',
      // Two hours later, but the clocks went forward at 03:00: 04:30 summer time.
      endsAtLocal: '2026-03-29T04:30:00+03:00',
    });
  });
});

describe('events list', () => {
  it('filters by period and type, pages in start order and counts every match', async () => {
    const q = await castProgramme(app, cast);
    const at = (day: number, type = EventType.ROUND_TABLE, title = `day ${day}`) =>
      buildEvent(app.dataSource, q.programme.id, {
        type,
        title,
        startsAt: new Date(`2026-05-${String(day).padStart(2, '0')}T07:00:00Z`),
        endsAt: new Date(`2026-05-${String(day).padStart(2, '0')}T09:00:00Z`),
      });
    await at(20);
    await at(3);
    await at(11, EventType.WORKSHOP);
    await at(15);
    await buildEvent(app.dataSource, p.programme.id); // another programme's event
    const list = (variables: Record<string, unknown>) =>
      cast.clients.observer.ok<Listed>(EVENTS, { programmeId: q.programme.id, ...variables });

    const all = await list({});
    expect(all.events.total).toBe(4);
    expect(all.events.items.map((e) => e.title)).toEqual(['day 3', 'day 11', 'day 15', 'day 20']);

    const may = await list({ from: '2026-05-10T00:00:00+03:00', to: '2026-05-16T00:00:00+03:00' });
    expect(may.events.items.map((e) => e.title)).toEqual(['day 11', 'day 15']);

    const roundTables = await list({ type: 'ROUND_TABLE', limit: 2, offset: 1 });
    expect(roundTables.events.total).toBe(3);
    expect(roundTables.events.items.map((e) => e.title)).toEqual(['day 15', 'day 20']);

    // An event still going on at `from` is in the period.
    const during = await list({ from: '2026-05-03T08:00:00Z', to: '2026-05-03T08:30:00Z' });
    expect(during.events.items.map((e) => e.title)).toEqual(['day 3']);
  });

  it('refuses a period that ends before it starts and a limit out of range', async () => {
    const result = await cast.clients.observer.request(EVENTS, {
      programmeId: p.programme.id,
      from: '2026-06-01T00:00:00Z',
      to: '2026-05-01T00:00:00Z',
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'to', message: 'end_before_start' }],
    });
    expect(
      await cast.clients.observer.code(EVENTS, { programmeId: p.programme.id, limit: 0 }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('the iCalendar feed', () => {
  it('parses, and carries each event at its own zone with TZID and a VTIMEZONE', async () => {
    const q = await castProgramme(app, cast);
    await buildEvent(app.dataSource, q.programme.id, {
      title: 'Нічний семінар',
      startsAt: new Date('2026-03-28T23:30:00Z'),
      endsAt: new Date('2026-03-29T01:30:00Z'),
      timeZone: 'Europe/Kyiv',
    });
    await buildEvent(app.dataSource, q.programme.id, {
      title: 'Warsztaty',
      startsAt: new Date('2026-04-10T08:00:00Z'),
      endsAt: new Date('2026-04-10T10:00:00Z'),
      timeZone: 'Europe/Warsaw',
    });
    const response = await get(`/calendar/${q.programme.id}.ics`, cast.clients.neighbour);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).toContain('DTSTART;TZID=Europe/Kyiv:20260329T013000');
    expect(text).toContain('DTEND;TZID=Europe/Kyiv:20260329T043000');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260410T100000');

    const calendar = new ICAL.Component(ICAL.parse(text));
    const zones = calendar.getAllSubcomponents('vtimezone');
    for (const zone of zones) ICAL.TimezoneService.register(zone);
    expect(zones.map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual([
      'Europe/Kyiv',
      'Europe/Warsaw',
    ]);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary)).toEqual(['Нічний семінар', 'Warsztaty']);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-28T23:30:00.000Z');
    expect(events[0]?.endDate.toJSDate().toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('follows the programme’s read rules with the session cookie', async () => {
    const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    expect((await get(`/calendar/${p.programme.id}.ics`)).status).toBe(401);
    expect((await get(`/calendar/${p.programme.id}.ics`, cast.clients.outsider)).status).toBe(404);
    expect((await get(`/calendar/${draft.programme.id}.ics`, cast.clients.partner)).status).toBe(
      404,
    );
    expect(
      (await get(`/calendar/${draft.programme.id}.ics`, cast.clients.coordinator)).status,
    ).toBe(200);
    expect((await get('/calendar/not-a-programme.ics', cast.clients.admin)).status).toBe(404);
  });

  it('works through a secret link without a cookie until it is revoked', async () => {
    await buildEvent(app.dataSource, p.programme.id, { title: 'Конференція' });
    const data = await cast.clients.observer.ok<{ calendarFeedUrl: string }>(FEED_URL, {
      programmeId: p.programme.id,
    });
    const link = data.calendarFeedUrl;
    expect(link).toMatch(new RegExp(`^/calendar/${p.programme.id}\\.ics\\?token=[\\w-]{40,}$`));
    const stored = await app.dataSource.query<{ tokenHash: string }[]>(
      'SELECT "tokenHash" FROM calendar_feed WHERE "userId" = $1',
      [cast.users.observer.id],
    );
    expect(stored).toHaveLength(1);
    expect(link).not.toContain(stored[0]?.tokenHash);

    const viaLink = await get(link);
    expect(viaLink.status).toBe(200);
    expect(await viaLink.text()).toContain('SUMMARY:Конференція');
    const info = await cast.clients.observer.ok<{ calendarFeed: { lastUsedAt: string | null } }>(
      FEED_INFO,
      { programmeId: p.programme.id },
    );
    expect(info.calendarFeed.lastUsedAt).not.toBeNull();

    // Not a key to another programme, nor with a token slightly off.
    const other = await castProgramme(app, cast);
    expect((await get(link.replace(p.programme.id, other.programme.id))).status).toBe(404);
    expect((await get(`${link}x`)).status).toBe(404);

    // A new link replaces the old one; revoking ends the new one.
    const renewed = await cast.clients.observer.ok<{ calendarFeedUrl: string }>(FEED_URL, {
      programmeId: p.programme.id,
    });
    expect((await get(link)).status).toBe(404);
    expect((await get(renewed.calendarFeedUrl)).status).toBe(200);
    const revoked = await cast.clients.observer.ok<{ revokeCalendarFeed: boolean }>(REVOKE_FEED, {
      programmeId: p.programme.id,
    });
    expect(revoked.revokeCalendarFeed).toBe(true);
    expect((await get(renewed.calendarFeedUrl)).status).toBe(404);
  });

  it('stops a link when its owner may no longer read the programme', async () => {
    const q = await castProgramme(app, cast);
    const data = await cast.clients.partner.ok<{ calendarFeedUrl: string }>(FEED_URL, {
      programmeId: q.programme.id,
    });
    expect((await get(data.calendarFeedUrl)).status).toBe(200);
    await app.dataSource.query('UPDATE programme SET status = $1 WHERE id = $2', [
      ProgrammeStatus.DRAFT,
      q.programme.id,
    ]);
    expect((await get(data.calendarFeedUrl)).status).toBe(404);
  });

  it('issues no link for a programme out of scope', async () => {
    expect(await cast.clients.outsider.code(FEED_URL, { programmeId: p.programme.id })).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect(await cast.clients.anonymous.code(FEED_URL, { programmeId: p.programme.id })).toBe(
      ErrorCode.UNAUTHENTICATED,
    );
  });
});
