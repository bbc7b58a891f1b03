import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, EventStatus } from '@spilno/shared';
import { actionRows, ACTION_ROWS_READS } from '../../src/modules/action-plan/action-table';
import { gatherReport } from '../../src/modules/programme-report/report-data';
import { REPORT_READS, reportVersion } from '../../src/modules/programme-report/report-version';
import { useCastProgramme } from '../cast-world';
import { eventInput, UPDATE_EVENT } from '../event-documents';
import { buildAction, buildEvent, buildEvents } from '../factories';
import type { Client, TestApp } from '../graphql';
import { pdfLines } from '../pdf-text';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { recordStatements } from '../statements';
import type { Event } from '../../src/modules/events/event.entity';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;
let event: Event;

// One worker and room for one more export: the third render at once is refused.
useCastProgramme((world) => ({ app, cast, p } = world), {}, { exports: { workers: 1, queue: 1 } });
beforeAll(async () => {
  await buildAction(app.dataSource, p.programme.id, { code: '1', title: 'Щорічна конференція' });
  event = await buildEvent(app.dataSource, p.programme.id, {
    title: 'Форум громад',
    status: EventStatus.HELD,
    startsAt: new Date('2026-03-10T08:00:00Z'),
    organiserPartnerId: p.uaPartner.id,
    attendees: [{ sideId: p.uaSide.id, count: 12 }],
  });
});

const renders = () => app.services.exports.stats().renders;

function download(client: Client | null, path: string) {
  return fetch(`${app.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
}

const reportOf = (programmeId: string, query = '') =>
  `/programmes/${programmeId}/report.pdf${query}`;

async function bytes(response: Response): Promise<Buffer> {
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('exports are rendered once per version of their content', () => {
  it('serves the same report again from the cache, to any reader, until an event is edited', async () => {
    const first = await bytes(await download(cast.clients.observer, reportOf(p.programme.id)));
    const rendered = renders();
    const again = await bytes(await download(cast.clients.observer, reportOf(p.programme.id)));
    const neighbour = await bytes(await download(cast.clients.neighbour, reportOf(p.programme.id)));
    expect(renders()).toBe(rendered);
    expect(again.equals(first)).toBe(true);
    expect(neighbour.equals(first)).toBe(true);

    await cast.clients.coordinator.ok(UPDATE_EVENT, {
      id: event.id,
      version: event.version,
      input: eventInput({ title: 'Ярмарок', status: EventStatus.HELD }),
    });
    const edited = await bytes(await download(cast.clients.observer, reportOf(p.programme.id)));
    expect(renders()).toBe(rendered + 1);
    expect((await pdfLines(edited)).flat().join('\n')).toContain('Ярмарок');
    expect((await pdfLines(first)).flat().join('\n')).not.toContain('Ярмарок');
  });

  it('renders one file for identical requests that arrive together', async () => {
    const rendered = renders();
    const files = await Promise.all(
      [1, 2, 3].map(async () =>
        bytes(await download(cast.clients.observer, reportOf(p.programme.id, '?lang=en'))),
      ),
    );
    expect(renders()).toBe(rendered + 1);
    expect(files.every((file) => file.equals(files[0]!))).toBe(true);
  });

  it('still checks who asks before handing out a cached file', async () => {
    await bytes(await download(cast.clients.observer, reportOf(p.programme.id)));
    expect((await download(cast.clients.outsider, reportOf(p.programme.id))).status).toBe(404);
    expect((await download(null, reportOf(p.programme.id))).status).toBe(401);
    const sheet = `/export/programmes/${p.programme.id}/actions.xlsx`;
    await bytes(await download(cast.clients.observer, sheet));
    expect((await download(cast.clients.outsider, sheet)).status).toBe(404);
  });

  it('keeps the spreadsheet until the plan changes', async () => {
    const sheet = `/export/programmes/${p.programme.id}/actions.xlsx?lang=en`;
    const first = await bytes(await download(cast.clients.observer, sheet));
    const rendered = renders();
    expect((await bytes(await download(cast.clients.partner, sheet))).equals(first)).toBe(true);
    expect(renders()).toBe(rendered);
    await app.dataSource.query(`UPDATE action SET title = 'Конференція' WHERE "programmeId" = $1`, [
      p.programme.id,
    ]);
    await bytes(await download(cast.clients.observer, sheet));
    expect(renders()).toBe(rendered + 1);
  });
});

describe('the version of a report', () => {
  it('moves with changes that set no updatedAt, in join tables, in names and by deletion', async () => {
    const q = await castProgramme(app, cast);
    const attended = await buildEvent(app.dataSource, q.programme.id, {
      attendees: [{ sideId: q.uaSide.id, count: 3 }],
    });
    const changes = [
      `UPDATE event_attendance SET count = 4 WHERE "eventId" = '${attended.id}'`,
      `UPDATE organisation SET name = name || '.' WHERE id = '${cast.pl.id}'`,
      `DELETE FROM event WHERE id = '${attended.id}'`,
    ];
    let version = await reportVersion(app.dataSource, q.programme.id);
    expect(await reportVersion(app.dataSource, q.programme.id)).toBe(version);
    for (const change of changes) {
      await app.dataSource.query(change);
      const next = await reportVersion(app.dataSource, q.programme.id);
      expect(next, change).not.toBe(version);
      version = next;
    }
    // Another programme's changes are not this one's.
    await buildEvent(app.dataSource, p.programme.id);
    expect(await reportVersion(app.dataSource, q.programme.id)).toBe(version);
  });

  it('moves when a held event starts, since computed indicators count it from then', async () => {
    const q = await castProgramme(app, cast);
    const startsAt = new Date(Date.now() + 1500);
    await buildEvent(app.dataSource, q.programme.id, {
      status: EventStatus.HELD,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000),
    });
    const before = await reportVersion(app.dataSource, q.programme.id);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await reportVersion(app.dataSource, q.programme.id)).not.toBe(before);
  });

  /** The tables the statements sent by `run` read, as the database names them; a view, its tables. */
  async function tablesRead(run: () => Promise<unknown>): Promise<string[]> {
    const tables = await app.dataSource.query<{ name: string; reads: string[] }[]>(
      `SELECT t.table_name AS name,
              coalesce(array_agg(u.table_name::text) FILTER (WHERE u.table_name IS NOT NULL),
                       ARRAY[t.table_name::text]) AS reads
         FROM information_schema.tables t
         LEFT JOIN information_schema.view_table_usage u
           ON u.view_schema = t.table_schema AND u.view_name = t.table_name
        WHERE t.table_schema = 'public' GROUP BY t.table_name`,
    );
    const known = new Map(tables.map((row) => [row.name, row.reads]));
    const { statements } = await recordStatements(app, run);
    const named = statements.flatMap((sql) =>
      [...sql.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/gi)].map((match) => match[1]!),
    );
    return [...new Set(named.flatMap((name) => known.get(name) ?? []))].sort();
  }

  it('covers every table the report and the action table read', async () => {
    const report = await tablesRead(() => gatherReport(app.dataSource, p.programme));
    expect(report.length).toBeGreaterThan(10);
    expect(report.filter((table) => !REPORT_READS.some((read) => read.table === table))).toEqual(
      [],
    );
    const sheet = await tablesRead(() => actionRows(app.dataSource, p.programme.id));
    expect(
      sheet.filter((table) => !ACTION_ROWS_READS.some((read) => read.table === table)),
    ).toEqual([]);
  });
});

describe('a full export queue', () => {
  it('answers UNAVAILABLE with Retry-After past the workers and the queue', async () => {
    const large = [await castProgramme(app, cast), await castProgramme(app, cast)];
    for (const q of large) {
      await buildEvents(app.dataSource, q.programme.id, [q.uaPartner.id, q.plPartner.id], 1000);
    }
    const paths = large.flatMap((q) =>
      ['', '?lang=en'].map((query) => reportOf(q.programme.id, query)),
    );
    const answers = await Promise.all(paths.map((path) => download(cast.clients.observer, path)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 503, 503]);
    for (const answer of answers.filter((answer) => answer.status === 503)) {
      expect(answer.headers.get('retry-after')).toBe('5');
      const body = (await answer.json()) as {
        errors: { extensions: { code: string; retryAfterSeconds: number } }[];
      };
      expect(body.errors[0]?.extensions).toEqual({
        code: ErrorCode.UNAVAILABLE,
        retryAfterSeconds: 5,
      });
    }
    // Once the renders are done, the refused ones are answered.
    for (const [index, answer] of answers.entries()) {
      if (answer.status === 503) {
        expect((await download(cast.clients.observer, paths[index]!)).status).toBe(200);
      }
    }
  }, 120_000);
});
