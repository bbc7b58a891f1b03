import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { EventStatus, EventType } from '@spilno/shared';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { useCast } from '../cast-world';
import { buildAction, buildEvent, buildOrganisation } from '../factories';
import type { TestApp } from '../graphql';
import { eventInput, LOG_EVENT, UPDATE_EVENT } from '../event-documents';
import type { Cast, CastProgramme } from '../programme-cast';
import { FULL_DASHBOARD } from '../dashboard-documents';
import { tableReads, type TableRead } from '../plans';
import { figuresFromApp, figuresFromEvents, talliesAndRebuilt } from '../read-model-oracle';
import { bulkEvents, programmeWithIndicators, type Built } from '../read-model-world';
import { recordQueries } from '../statements';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

/**
 * Every figure the app reads from the tallies equals the one the old statements compute from
 * the events, for each programme, and the tallies are what a rebuild from the events gives.
 */
async function expectAgreement(...programmes: CastProgramme[]) {
  for (const p of programmes) {
    const fromApp = await figuresFromApp(cast.clients.admin, p.programme.id);
    expect(fromApp).toEqual(await figuresFromEvents(app.dataSource, p.programme.id));
  }
  const { kept, rebuilt } = await talliesAndRebuilt(app.dataSource);
  expect(kept).toEqual(rebuilt);
}

/** The ids of bulk events whose number ends in `digits`. */
const ENDING = (digits: string) =>
  `(SELECT id FROM event WHERE "programmeId" = $1 AND title LIKE 'Масова %${digits}')`;

describe('tallies of held events, against the statements that read every event', () => {
  let b: Built;
  let other: Built;
  let p: CastProgramme;
  const sql = (query: string, parameters: unknown[] = [p.programme.id]) =>
    app.dataSource.query(query, parameters);

  beforeAll(async () => {
    b = await programmeWithIndicators(app, cast);
    other = await programmeWithIndicators(app, cast);
    p = b.p;
  });

  it('agree for events logged through the app', async () => {
    const attendees = [
      { sideId: p.uaSide.id, count: 12 },
      { sideId: p.plSide.id, count: 8 },
    ];
    const logged = await cast.clients.coordinator.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        status: 'HELD',
        organiserPartnerId: p.uaPartner.id,
        actionId: b.actions[0].id,
        participantOrganisationIds: [cast.pl.id, b.third.id, cast.ua.id],
        attendees,
      }),
    });
    await expectAgreement(p, other.p);
    await cast.clients.coordinator.ok(UPDATE_EVENT, {
      id: logged.logEvent.id,
      version: 1,
      input: eventInput({
        type: 'WORKSHOP',
        status: 'HELD',
        organiserPartnerId: p.plPartner.id,
        actionId: b.actions[1].id,
        participantOrganisationIds: [cast.ua.id],
        attendees: [{ sideId: p.plSide.id, count: 30 }],
      }),
    });
    await buildEvent(app.dataSource, p.programme.id, {
      status: EventStatus.HELD,
      type: EventType.OTHER,
      organiserPartnerId: b.thirdPartner.id,
      attendees,
    });
    await buildEvent(app.dataSource, p.programme.id, { attendees });
    await expectAgreement(p, other.p);
  });

  it('agree after bulk inserts of events, attendance and participants by SQL', async () => {
    await bulkEvents(app, b, 3000);
    await bulkEvents(app, other, 500, '2024-06-30T18:00:00Z');
    await sql(
      `INSERT INTO event_participant ("eventId", "organisationId")
       SELECT e.id, o.id FROM ${ENDING('0')} e, unnest($2::uuid[]) AS o(id)`,
      [p.programme.id, [cast.pl.id, b.third.id]],
    );
    // The organiser's own organisation as a participant as well: counted once.
    await sql(
      `INSERT INTO event_participant ("eventId", "organisationId")
       SELECT e.id, $2 FROM ${ENDING('5')} e`,
      [p.programme.id, cast.ua.id],
    );
    await expectAgreement(p, other.p);
  });

  it('agree after events change status, type, start, zone, action and organiser by SQL', async () => {
    await sql(`UPDATE event SET status = 'PLANNED' WHERE id IN ${ENDING('1')} AND status = 'HELD'`);
    await sql(`UPDATE event SET status = 'HELD' WHERE id IN ${ENDING('2')}`);
    await sql(`UPDATE event SET type = 'STUDY_VISIT' WHERE id IN ${ENDING('3')}`);
    await sql(
      `UPDATE event SET "startsAt" = "startsAt" + interval '40 days',
                        "endsAt" = "endsAt" + interval '40 days' WHERE id IN ${ENDING('4')}`,
    );
    await sql(`UPDATE event SET "timeZone" = 'Pacific/Kiritimati' WHERE id IN ${ENDING('6')}`);
    await sql(
      `UPDATE event SET "actionId" = CASE WHEN "actionId" IS NULL THEN $2::uuid END
        WHERE id IN ${ENDING('7')}`,
      [p.programme.id, b.actions[1].id],
    );
    await sql(
      `UPDATE event SET "organiserPartnerId" = CASE WHEN "organiserPartnerId" IS NULL THEN $2::uuid END
        WHERE id IN ${ENDING('8')}`,
      [p.programme.id, p.plPartner.id],
    );
    // Nothing counted changes: nothing moves.
    await sql(`UPDATE event SET description = 'Звіт' WHERE "programmeId" = $1`);
    await expectAgreement(p, other.p);
  });

  it('agree after attendance and participants change by SQL', async () => {
    await sql(`UPDATE event_attendance SET count = count + 3 WHERE "eventId" IN ${ENDING('3')}`);
    await sql(`DELETE FROM event_attendance WHERE "sideId" = $2 AND "eventId" IN ${ENDING('4')}`, [
      p.programme.id,
      p.plSide.id,
    ]);
    await sql(`DELETE FROM event_attendance WHERE "sideId" = $2 AND "eventId" IN ${ENDING('9')}`, [
      p.programme.id,
      p.uaSide.id,
    ]);
    await sql(`UPDATE event_attendance SET "sideId" = $2 WHERE "eventId" IN ${ENDING('9')}`, [
      p.programme.id,
      p.uaSide.id,
    ]);
    await sql(
      `DELETE FROM event_participant WHERE "organisationId" = $2 AND "eventId" IN ${ENDING('20')}`,
      [p.programme.id, b.third.id],
    );
    // The third organisation's place taken by the organiser's own: now counted with the event.
    await sql(
      `UPDATE event_participant SET "organisationId" = $2
        WHERE "organisationId" = $3 AND "eventId" IN ${ENDING('40')}`,
      [p.programme.id, cast.ua.id, b.third.id],
    );
    await expectAgreement(p, other.p);
  });

  it('agree after events are deleted with their attendance and participants', async () => {
    await sql(`DELETE FROM event WHERE id IN ${ENDING('5')} OR id IN ${ENDING('00')}`);
    await expectAgreement(p, other.p);
  });

  it('agree with a HELD event yet to start, written by SQL, taken back out', async () => {
    const [future] = await sql(
      `INSERT INTO event ("programmeId", type, title, "startsAt", "endsAt", "timeZone", status,
                          "organiserPartnerId", "actionId")
       VALUES ($1, 'CONFERENCE', 'Майбутня', now() + interval '30 days',
               now() + interval '31 days', 'Europe/Kyiv', 'HELD', $2, $3) RETURNING id`,
      [p.programme.id, b.thirdPartner.id, b.actions[1].id],
    );
    await sql(
      `INSERT INTO event_attendance ("eventId", "sideId", count) VALUES ($1, $2, 40), ($1, $3, 2)`,
      [future.id, p.uaSide.id, p.plSide.id],
    );
    await sql(
      `INSERT INTO event_participant ("eventId", "organisationId") VALUES ($1, $2), ($1, $3)`,
      [future.id, cast.pl.id, b.third.id],
    );
    // And a held one moved to start next year.
    await sql(
      `UPDATE event SET "startsAt" = now() + interval '1 year', "endsAt" = now() + interval '1 year 2 hours'
        WHERE "programmeId" = $1 AND title = 'Масова 12'`,
    );
    await expectAgreement(p, other.p);
    const [{ future: count }] = await sql(
      `SELECT count(*)::int AS future FROM event WHERE status = 'HELD' AND "startsAt" > now()`,
      [],
    );
    expect(count).toBe(2);
  });

  it('agree after a partner stands for another organisation or moves to the other side', async () => {
    const fourth: Organisation = await buildOrganisation(app.dataSource);
    await sql(`UPDATE partner SET "organisationId" = $1 WHERE id = $2`, [
      fourth.id,
      b.thirdPartner.id,
    ]);
    await sql(`UPDATE partner SET "sideId" = $1 WHERE id = $2`, [p.uaSide.id, b.thirdPartner.id]);
    await expectAgreement(p, other.p);
  });

  it('agree after an action is deleted and its events keep no action', async () => {
    const doomed = await buildAction(app.dataSource, p.programme.id);
    await sql(`UPDATE event SET "actionId" = $2 WHERE id IN ${ENDING('11')}`, [
      p.programme.id,
      doomed.id,
    ]);
    await expectAgreement(p);
    await sql(`DELETE FROM action WHERE id = $1`, [doomed.id]);
    await expectAgreement(p, other.p);
  });

  it('agree after events move to another programme, and leave nothing when all are gone', async () => {
    await sql(`DELETE FROM event_attendance WHERE "eventId" IN ${ENDING('13')}`);
    await sql(
      `UPDATE event SET "programmeId" = $2, "organiserPartnerId" = NULL, "actionId" = NULL
        WHERE id IN ${ENDING('13')}`,
      [p.programme.id, other.p.programme.id],
    );
    await expectAgreement(p, other.p);
    await sql(`DELETE FROM event WHERE "programmeId" = $1`, [other.p.programme.id]);
    await expectAgreement(p, other.p);
    for (const table of [
      'event_tally',
      'event_action_tally',
      'attendance_tally',
      'organisation_tally',
    ]) {
      const rows = await sql(`SELECT 1 FROM ${table} WHERE "programmeId" = $1`, [
        other.p.programme.id,
      ]);
      expect(rows, table).toEqual([]);
    }
  });

  it('agree after participants are truncated, and are empty once the events are', async () => {
    await sql('TRUNCATE event_participant', []);
    await expectAgreement(p, other.p);
    await sql('TRUNCATE event CASCADE', []);
    const [{ rows }] = await sql(
      `SELECT (SELECT count(*) FROM event_tally) + (SELECT count(*) FROM event_action_tally)
            + (SELECT count(*) FROM attendance_tally) + (SELECT count(*) FROM organisation_tally)
            AS rows`,
      [],
    );
    expect(Number(rows)).toBe(0);
    await expectAgreement(p, other.p);
  });
});

describe('the cost of the dashboard, whatever the number of events', () => {
  const EVENT_TABLES = ['event', 'event_attendance', 'event_participant'];

  /** Every table the dashboard's statements read, as run, and how many statements it sent. */
  async function dashboardReads(p: CastProgramme) {
    const { queries } = await recordQueries(app, () =>
      cast.clients.admin.ok(FULL_DASHBOARD, { programmeId: p.programme.id }),
    );
    const reads: TableRead[] = [];
    for (const { query, parameters } of queries.filter((q) =>
      /^\s*(SELECT|WITH)\b/i.test(q.query),
    )) {
      reads.push(...(await tableReads(app.dataSource, query, parameters)));
    }
    const rowsOf = (tables: string[]) =>
      reads.filter((read) => tables.includes(read.table)).reduce((sum, read) => sum + read.rows, 0);
    return {
      statements: queries.length,
      reads,
      eventRows: rowsOf(EVENT_TABLES),
      tallyRows: rowsOf([
        'event_tally',
        'event_action_tally',
        'attendance_tally',
        'organisation_tally',
      ]),
    };
  }

  it('sends the same statements and reads no event but those HELD yet to start', async () => {
    const small = await programmeWithIndicators(app, cast);
    const large = await programmeWithIndicators(app, cast);
    await bulkEvents(app, small, 10);
    // Every 30 minutes: all past, over a little more than a year.
    await bulkEvents(app, large, 20_000, '2022-12-31T20:00:00Z', '30 minutes');
    for (const { p } of [small, large]) {
      await app.dataSource.query(
        `INSERT INTO event_participant ("eventId", "organisationId")
         SELECT e.id, $2 FROM event e WHERE e."programmeId" = $1`,
        [p.programme.id, cast.pl.id],
      );
      // The same one HELD event yet to start in each, with attendance and participants.
      const [future] = await app.dataSource.query(
        `INSERT INTO event ("programmeId", type, title, "startsAt", "endsAt", "timeZone", status,
                            "organiserPartnerId")
         VALUES ($1, 'OTHER', 'Майбутня', now() + interval '1 day', now() + interval '2 days',
                 'Europe/Kyiv', 'HELD', $2) RETURNING id`,
        [p.programme.id, p.uaPartner.id],
      );
      await app.dataSource.query(
        `INSERT INTO event_attendance ("eventId", "sideId", count) VALUES ($1, $2, 5), ($1, $3, 6)`,
        [future.id, p.uaSide.id, p.plSide.id],
      );
      await app.dataSource.query(
        `INSERT INTO event_participant ("eventId", "organisationId") VALUES ($1, $2)`,
        [future.id, cast.pl.id],
      );
    }
    await app.dataSource.query('ANALYZE');

    const few = await dashboardReads(small.p);
    const many = await dashboardReads(large.p);
    expect(many.statements).toBe(few.statements);
    // Events are read only through the index of held ones yet to start: here, the one.
    const eventReads = many.reads.filter((read) => EVENT_TABLES.includes(read.table));
    expect(eventReads.filter((read) => read.table === 'event').map((read) => read.index)).toEqual(
      expect.arrayContaining(['IDX_event_held_start']),
    );
    for (const read of eventReads) {
      expect(read.node, `${read.table} ${read.index}`).not.toMatch(/Seq Scan/);
      if (read.table === 'event') expect(read.index).toBe('IDX_event_held_start');
    }
    // As many rows of events read for 20,000 events as for 10: those of the one yet to start.
    expect(many.eventRows).toBe(few.eventRows);
    // The tallies' rows grow with quarters, types, partners and actions, not with events.
    expect(many.tallyRows).toBeLessThan(1000);
  });
});
