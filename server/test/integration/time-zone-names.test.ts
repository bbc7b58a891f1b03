import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@spilno/shared';
import { migrations } from '../../src/database/migrations';
import { CanonicalTimeZones1796276624123 } from '../../src/database/migrations/1796276624123-CanonicalTimeZones';
import { useCastProgramme } from '../cast-world';
import { EVENT_QUERY, eventInput, LOG_EVENT, UPDATE_EVENT } from '../event-documents';
import { buildEvent } from '../factories';
import type { TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world));

interface Logged {
  id: string;
  version: number;
  timeZone: string;
  startsAtLocal: string;
}

async function storedZone(id: string): Promise<string | undefined> {
  const rows = await app.dataSource.query<{ timeZone: string }[]>(
    'SELECT "timeZone" FROM event WHERE id = $1',
    [id],
  );
  return rows[0]?.timeZone;
}

describe('time zone names of events', () => {
  it('takes Europe/Kiev, in any letter case, and stores Europe/Kyiv', async () => {
    const input = eventInput({
      timeZone: 'Europe/Kiev',
      startsAt: '2026-06-01T10:00:00+03:00',
      endsAt: '2026-06-01T12:00:00+03:00',
      organiserPartnerId: p.uaPartner.id,
    });
    const logged = await cast.clients.partner.ok<{ logEvent: Logged }>(LOG_EVENT, {
      programmeId: p.programme.id,
      input,
    });
    expect(logged.logEvent).toMatchObject({
      timeZone: 'Europe/Kyiv',
      startsAtLocal: '2026-06-01T10:00:00+03:00',
    });
    expect(await storedZone(logged.logEvent.id)).toBe('Europe/Kyiv');

    const updated = await cast.clients.partner.ok<{ updateEvent: Logged }>(UPDATE_EVENT, {
      id: logged.logEvent.id,
      version: logged.logEvent.version,
      input: { ...input, timeZone: 'europe/kiev' },
    });
    expect(updated.updateEvent.timeZone).toBe('Europe/Kyiv');
    expect(await storedZone(logged.logEvent.id)).toBe('Europe/Kyiv');
  });

  it('refuses a zone nobody knows, naming the field', async () => {
    const result = await cast.clients.partner.request(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({ timeZone: 'Europe/Atlantis', organiserPartnerId: p.uaPartner.id }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'input.timeZone', message: 'invalid' }],
    });
  });
});

describe('the migration to current zone names', () => {
  it('rewrites events stored under Europe/Kiev and other old names, and nothing else', async () => {
    const q = await castProgramme(app, cast);
    const kiev = await buildEvent(app.dataSource, q.programme.id);
    const zaporozhye = await buildEvent(app.dataSource, q.programme.id);
    const calcutta = await buildEvent(app.dataSource, q.programme.id);
    const moscow = await buildEvent(app.dataSource, q.programme.id, { timeZone: 'Europe/Moscow' });

    // Back to the schema before it, with rows as an older version stored them.
    const index = migrations.indexOf(CanonicalTimeZones1796276624123);
    expect(index).toBeGreaterThan(0);
    for (let left = migrations.length; left > index; left--)
      await app.dataSource.undoLastMigration({ transaction: 'each' });
    const stored: [string, string][] = [
      [kiev.id, 'Europe/Kiev'],
      [zaporozhye.id, 'Europe/Zaporozhye'],
      [calcutta.id, 'Asia/Calcutta'],
    ];
    for (const [id, zone] of stored)
      await app.dataSource.query('UPDATE event SET "timeZone" = $2 WHERE id = $1', [id, zone]);

    const ran = await app.dataSource.runMigrations({ transaction: 'each' });
    expect(ran.map((m) => m.name)).toContain('CanonicalTimeZones1796276624123');
    expect(await storedZone(kiev.id)).toBe('Europe/Kyiv');
    expect(await storedZone(zaporozhye.id)).toBe('Europe/Kyiv');
    expect(await storedZone(calcutta.id)).toBe('Asia/Kolkata');
    expect(await storedZone(moscow.id)).toBe('Europe/Moscow');

    const read = await cast.clients.observer.ok<{ event: Logged }>(EVENT_QUERY, { id: kiev.id });
    expect(read.event.timeZone).toBe('Europe/Kyiv');
  });
});
