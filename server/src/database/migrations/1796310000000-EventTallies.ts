import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tallies of held events kept by triggers, so figures over all of a programme's events read
 * a number of rows bounded by its quarters, types, partners, actions and sides, never by its
 * events; and they stay right whatever writes the rows (the app, bulk SQL, an administrator).
 * A tally counts every event marked HELD; the views beside them take back the (normally no)
 * HELD events yet to start, found through a partial index, so readers get exactly the rule
 * of heldSql. See docs/read-model.md.
 */
const TABLES = [
  `CREATE TABLE "event_tally" ("programmeId" uuid NOT NULL, "quarter" text NOT NULL,
     "type" "public"."event_type" NOT NULL, "organiserPartnerId" uuid, "events" integer NOT NULL,
     CONSTRAINT "UQ_event_tally" UNIQUE NULLS NOT DISTINCT
       ("programmeId", "quarter", "type", "organiserPartnerId"))`,
  `CREATE TABLE "event_action_tally" ("programmeId" uuid NOT NULL, "actionId" uuid,
     "type" "public"."event_type" NOT NULL, "events" integer NOT NULL,
     CONSTRAINT "UQ_event_action_tally" UNIQUE NULLS NOT DISTINCT ("programmeId", "actionId", "type"))`,
  `CREATE TABLE "attendance_tally" ("programmeId" uuid NOT NULL, "actionId" uuid,
     "type" "public"."event_type" NOT NULL, "sideId" uuid NOT NULL, "attendees" bigint NOT NULL,
     CONSTRAINT "UQ_attendance_tally" UNIQUE NULLS NOT DISTINCT
       ("programmeId", "sideId", "type", "actionId"))`,
  `CREATE TABLE "organisation_tally" ("programmeId" uuid NOT NULL, "actionId" uuid,
     "type" "public"."event_type" NOT NULL, "organisationId" uuid NOT NULL, "events" integer NOT NULL,
     CONSTRAINT "UQ_organisation_tally" UNIQUE NULLS NOT DISTINCT
       ("programmeId", "organisationId", "type", "actionId"))`,
  // The held events yet to start, which the views take back out of the tallies.
  `CREATE INDEX "IDX_event_held_start" ON "event" ("programmeId", "startsAt") WHERE "status" = 'HELD'`,
];

/**
 * Adding deltas to a tally: one upsert for all of them, then the rows that came to zero go,
 * so a programme whose held events are all gone keeps no rows. Deltas are rows of the tally's
 * own type, their count being the change.
 */
function adder(table: string, keys: string[], count: string): string {
  const list = keys.map((key) => `"${key}"`).join(', ');
  return `CREATE FUNCTION ${table}_add(deltas ${table}[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE zeros tid[];
    BEGIN
      IF cardinality(deltas) = 0 THEN RETURN; END IF;
      WITH up AS (
        INSERT INTO "${table}" AS t (${list}, "${count}")
        SELECT ${list}, sum(d."${count}") FROM unnest(deltas) d
         GROUP BY ${list} HAVING sum(d."${count}") <> 0
         -- Keys locked in one order: two statements writing the same ones queue, not deadlock.
         ORDER BY ${list}
        ON CONFLICT (${list}) DO UPDATE SET "${count}" = t."${count}" + EXCLUDED."${count}"
        RETURNING t.ctid, t."${count}" AS n)
      SELECT array_agg(ctid) INTO zeros FROM up WHERE n = 0;
      IF zeros IS NOT NULL THEN DELETE FROM "${table}" WHERE ctid = ANY(zeros); END IF;
    END $$`;
}

const FUNCTIONS = [
  // The quarter of the event's own wall-clock date, e.g. 2026-Q1.
  `CREATE FUNCTION event_quarter(timestamptz, text) RETURNS text LANGUAGE sql STABLE
     AS $$ SELECT to_char($1 AT TIME ZONE $2, 'YYYY-"Q"Q') $$`,
  `CREATE TYPE event_tally_key AS ("eventId" uuid, "programmeId" uuid, "quarter" text,
     "type" "public"."event_type", "actionId" uuid, "organiserPartnerId" uuid)`,
  `CREATE FUNCTION event_tally_key_of(e "event") RETURNS event_tally_key LANGUAGE sql STABLE
     AS $$ SELECT ROW(e.id, e."programmeId", event_quarter(e."startsAt", e."timeZone"), e.type,
                      e."actionId", e."organiserPartnerId")::event_tally_key $$`,
  adder('event_tally', ['programmeId', 'quarter', 'type', 'organiserPartnerId'], 'events'),
  adder('event_action_tally', ['programmeId', 'actionId', 'type'], 'events'),
  adder('attendance_tally', ['programmeId', 'sideId', 'type', 'actionId'], 'attendees'),
  adder('organisation_tally', ['programmeId', 'organisationId', 'type', 'actionId'], 'events'),
  /*
   * Held events leaving (`removed`, as they were) and entering (`added`, as they are) the
   * tallies. With `children`, their attendance and participants as they stand move with them;
   * without (new events), those rows have none yet, or their own triggers count them. An
   * event counts once for each organisation among its organiser's and its participants.
   */
  `CREATE TYPE event_tally_change AS ("eventId" uuid, "programmeId" uuid, "quarter" text,
     "type" "public"."event_type", "actionId" uuid, "organiserPartnerId" uuid, "sign" integer)`,
  `CREATE FUNCTION event_tallies_apply(removed event_tally_key[], added event_tally_key[],
     children boolean) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE changes event_tally_change[] :=
      ARRAY(SELECT ROW(r.*, -1)::event_tally_change FROM unnest(removed) r)
      || ARRAY(SELECT ROW(a.*, 1)::event_tally_change FROM unnest(added) a);
    BEGIN
      PERFORM event_tally_add(ARRAY(
        SELECT ROW(c."programmeId", c.quarter, c.type, c."organiserPartnerId", c.sign)::event_tally
          FROM unnest(changes) c));
      PERFORM event_action_tally_add(ARRAY(
        SELECT ROW(c."programmeId", c."actionId", c.type, c.sign)::event_action_tally
          FROM unnest(changes) c));
      IF children THEN
        PERFORM attendance_tally_add(ARRAY(
          SELECT ROW(c."programmeId", c."actionId", c.type, a."sideId", c.sign * a.count)::attendance_tally
            FROM unnest(changes) c JOIN event_attendance a ON a."eventId" = c."eventId"
           -- Through the key's index, however few the changes: one event deleted reads its rows.
           WHERE a."eventId" = ANY(ARRAY(SELECT x."eventId" FROM unnest(changes) x))));
      END IF;
      PERFORM organisation_tally_add(ARRAY(
        SELECT ROW(c."programmeId", c."actionId", c.type, o.id, c.sign)::organisation_tally
          FROM unnest(changes) c CROSS JOIN LATERAL (
            SELECT p."organisationId" FROM partner p WHERE p.id = c."organiserPartnerId"
            UNION SELECT ep."organisationId" FROM event_participant ep
             WHERE children AND ep."eventId" = c."eventId") o(id)));
    END $$`,
  // Every tally afresh from the events: the backfill, and after a TRUNCATE.
  `CREATE FUNCTION event_tallies_rebuild() RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM event_tally;
      DELETE FROM event_action_tally;
      DELETE FROM attendance_tally;
      DELETE FROM organisation_tally;
      PERFORM event_tallies_apply('{}',
        ARRAY(SELECT event_tally_key_of(e) FROM "event" e WHERE e.status = 'HELD'), true);
    END $$`,
];

/** Triggers that keep the tallies: statement-level where a whole statement's rows can be summed. */
const TRIGGER_FUNCTIONS = [
  // New events: their attendance and participants come after them, counted by their own triggers.
  `CREATE FUNCTION event_tallies_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM event_tallies_apply('{}',
        ARRAY(SELECT event_tally_key_of(ROW(n.*)::"event") FROM new_rows n WHERE n.status = 'HELD'), false);
      RETURN NULL;
    END $$`,
  // Only events whose counted fields changed move; a title edited moves nothing.
  `CREATE FUNCTION event_tallies_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM event_tallies_apply(
        ARRAY(SELECT event_tally_key_of(ROW(o.*)::"event") FROM old_rows o WHERE o.status = 'HELD'
              EXCEPT ALL SELECT event_tally_key_of(ROW(n.*)::"event") FROM new_rows n WHERE n.status = 'HELD'),
        ARRAY(SELECT event_tally_key_of(ROW(n.*)::"event") FROM new_rows n WHERE n.status = 'HELD'
              EXCEPT ALL SELECT event_tally_key_of(ROW(o.*)::"event") FROM old_rows o WHERE o.status = 'HELD'),
        true);
      RETURN NULL;
    END $$`,
  /*
   * Before the row goes, while its attendance and participants are still there: the foreign
   * keys delete those afterwards, and their triggers then find no event and change nothing.
   */
  `CREATE FUNCTION event_tallies_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM event_tallies_apply(ARRAY[event_tally_key_of(OLD)], '{}', true);
      RETURN OLD;
    END $$`,
  `CREATE FUNCTION event_tallies_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM event_tallies_rebuild(); RETURN NULL; END $$`,
  // Attendance of events that stand HELD, under the event's keys as they are.
  `CREATE FUNCTION attendance_tally_of(rows event_attendance[], sign integer)
     RETURNS attendance_tally[] LANGUAGE sql STABLE AS $$
     SELECT ARRAY(SELECT ROW(e."programmeId", e."actionId", e.type, a."sideId", sign * a.count)::attendance_tally
       FROM unnest(rows) a JOIN "event" e ON e.id = a."eventId" WHERE e.status = 'HELD') $$`,
  `CREATE FUNCTION attendance_tally_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE deltas attendance_tally[] := '{}';
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        deltas := attendance_tally_of(ARRAY(SELECT ROW(o.*)::event_attendance FROM old_rows o), -1);
      END IF;
      IF TG_OP <> 'DELETE' THEN
        deltas := deltas || attendance_tally_of(ARRAY(SELECT ROW(n.*)::event_attendance FROM new_rows n), 1);
      END IF;
      PERFORM attendance_tally_add(deltas);
      RETURN NULL;
    END $$`,
  // A participant that is also the organiser's organisation is counted once, with the event.
  `CREATE FUNCTION participant_tally_of(rows event_participant[], sign integer)
     RETURNS organisation_tally[] LANGUAGE sql STABLE AS $$
     SELECT ARRAY(SELECT ROW(e."programmeId", e."actionId", e.type, ep."organisationId", sign)::organisation_tally
       FROM unnest(rows) ep JOIN "event" e ON e.id = ep."eventId"
       LEFT JOIN partner p ON p.id = e."organiserPartnerId"
      WHERE e.status = 'HELD' AND ep."organisationId" IS DISTINCT FROM p."organisationId") $$`,
  `CREATE FUNCTION participant_tally_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE deltas organisation_tally[] := '{}';
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        deltas := participant_tally_of(ARRAY(SELECT ROW(o.*)::event_participant FROM old_rows o), -1);
      END IF;
      IF TG_OP <> 'DELETE' THEN
        deltas := deltas || participant_tally_of(ARRAY(SELECT ROW(n.*)::event_participant FROM new_rows n), 1);
      END IF;
      PERFORM organisation_tally_add(deltas);
      RETURN NULL;
    END $$`,
  /*
   * A partner standing for another organisation: the events it organised count for the new
   * one instead, unless an organisation already takes part in them anyway.
   */
  `CREATE FUNCTION partner_tally_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM organisation_tally_add(ARRAY(
        SELECT ROW(e."programmeId", e."actionId", e.type, x.id, x.sign)::organisation_tally
          FROM "event" e
         CROSS JOIN (VALUES (OLD."organisationId", -1), (NEW."organisationId", 1)) x(id, sign)
         WHERE e."organiserPartnerId" = NEW.id AND e.status = 'HELD'
           AND NOT EXISTS (SELECT 1 FROM event_participant ep
                            WHERE ep."eventId" = e.id AND ep."organisationId" = x.id)));
      RETURN NULL;
    END $$`,
];

const TRIGGERS = [
  `CREATE TRIGGER event_tallies_insert AFTER INSERT ON "event" REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION event_tallies_on_insert()`,
  `CREATE TRIGGER event_tallies_update AFTER UPDATE ON "event"
     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION event_tallies_on_update()`,
  `CREATE TRIGGER event_tallies_delete BEFORE DELETE ON "event" FOR EACH ROW
     WHEN (OLD.status = 'HELD') EXECUTE FUNCTION event_tallies_on_delete()`,
  ...['event', 'event_attendance', 'event_participant'].map(
    (table) => `CREATE TRIGGER ${table}_tallies_truncate AFTER TRUNCATE ON "${table}"
       FOR EACH STATEMENT EXECUTE FUNCTION event_tallies_on_truncate()`,
  ),
  `CREATE TRIGGER event_attendance_tallies_insert AFTER INSERT ON "event_attendance"
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_tally_on_change()`,
  `CREATE TRIGGER event_attendance_tallies_update AFTER UPDATE ON "event_attendance"
     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION attendance_tally_on_change()`,
  `CREATE TRIGGER event_attendance_tallies_delete AFTER DELETE ON "event_attendance"
     REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_tally_on_change()`,
  `CREATE TRIGGER event_participant_tallies_insert AFTER INSERT ON "event_participant"
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participant_tally_on_change()`,
  `CREATE TRIGGER event_participant_tallies_update AFTER UPDATE ON "event_participant"
     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION participant_tally_on_change()`,
  `CREATE TRIGGER event_participant_tallies_delete AFTER DELETE ON "event_participant"
     REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participant_tally_on_change()`,
  `CREATE TRIGGER partner_tallies_update AFTER UPDATE OF "organisationId" ON "partner" FOR EACH ROW
     WHEN (OLD."organisationId" IS DISTINCT FROM NEW."organisationId")
     EXECUTE FUNCTION partner_tally_on_change()`,
];

/** A tally with the held events yet to start taken back out, as readers must see it. */
const HELD_START = `e.status = 'HELD' AND e."startsAt" > now()`;
const VIEWS = [
  `CREATE VIEW held_event_tally AS
     SELECT "programmeId", quarter, type, "organiserPartnerId", events FROM event_tally
     UNION ALL
     SELECT e."programmeId", event_quarter(e."startsAt", e."timeZone"), e.type,
            e."organiserPartnerId", -1 FROM "event" e WHERE ${HELD_START}`,
  `CREATE VIEW held_event_action_tally AS
     SELECT "programmeId", "actionId", type, events FROM event_action_tally
     UNION ALL
     SELECT e."programmeId", e."actionId", e.type, -1 FROM "event" e WHERE ${HELD_START}`,
  `CREATE VIEW held_attendance_tally AS
     SELECT "programmeId", "actionId", type, "sideId", attendees FROM attendance_tally
     UNION ALL
     SELECT e."programmeId", e."actionId", e.type, a."sideId", -a.count::bigint
       FROM "event" e JOIN event_attendance a ON a."eventId" = e.id WHERE ${HELD_START}`,
  `CREATE VIEW held_organisation_tally AS
     SELECT "programmeId", "actionId", type, "organisationId", events FROM organisation_tally
     UNION ALL
     SELECT e."programmeId", e."actionId", e.type, o.id, -1
       FROM "event" e CROSS JOIN LATERAL (
         SELECT p."organisationId" FROM partner p WHERE p.id = e."organiserPartnerId"
         UNION SELECT ep."organisationId" FROM event_participant ep WHERE ep."eventId" = e.id) o(id)
      WHERE ${HELD_START}`,
];

export class EventTallies1796310000000 implements MigrationInterface {
  name = 'EventTallies1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [...TABLES, ...FUNCTIONS, ...TRIGGER_FUNCTIONS, ...TRIGGERS, ...VIEWS]) {
      await queryRunner.query(sql);
    }
    await queryRunner.query('SELECT event_tallies_rebuild()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'held_organisation_tally',
      'held_attendance_tally',
      'held_event_action_tally',
      'held_event_tally',
    ]) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
    const triggers: [string, string][] = [
      ['partner_tallies_update', 'partner'],
      ...['insert', 'update', 'delete', 'truncate'].flatMap((op): [string, string][] => [
        [`event_participant_tallies_${op}`, 'event_participant'],
        [`event_attendance_tallies_${op}`, 'event_attendance'],
        [`event_tallies_${op}`, 'event'],
      ]),
    ];
    for (const [trigger, table] of triggers) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "${table}"`);
    }
    for (const fn of [
      'partner_tally_on_change()',
      'participant_tally_on_change()',
      'participant_tally_of(event_participant[], integer)',
      'attendance_tally_on_change()',
      'attendance_tally_of(event_attendance[], integer)',
      'event_tallies_on_truncate()',
      'event_tallies_on_delete()',
      'event_tallies_on_update()',
      'event_tallies_on_insert()',
      'event_tallies_rebuild()',
      'event_tallies_apply(event_tally_key[], event_tally_key[], boolean)',
      'organisation_tally_add(organisation_tally[])',
      'attendance_tally_add(attendance_tally[])',
      'event_action_tally_add(event_action_tally[])',
      'event_tally_add(event_tally[])',
      'event_tally_key_of("event")',
      'event_quarter(timestamptz, text)',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query('DROP TYPE event_tally_change');
    await queryRunner.query('DROP TYPE event_tally_key');
    await queryRunner.query('DROP INDEX "public"."IDX_event_held_start"');
    for (const table of [
      'organisation_tally',
      'attendance_tally',
      'event_action_tally',
      'event_tally',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
