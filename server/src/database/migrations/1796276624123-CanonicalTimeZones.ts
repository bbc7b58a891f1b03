import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tz database's renames as they stood when this ran. A copy, not the shared table: a
 * migration must do the same on every database whenever it runs, while the table may grow.
 */
const RENAMED: [string, string][] = [
  ['Africa/Asmera', 'Africa/Asmara'],
  ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ['America/Catamarca', 'America/Argentina/Catamarca'],
  ['America/Coral_Harbour', 'America/Atikokan'],
  ['America/Cordoba', 'America/Argentina/Cordoba'],
  ['America/Godthab', 'America/Nuuk'],
  ['America/Indianapolis', 'America/Indiana/Indianapolis'],
  ['America/Jujuy', 'America/Argentina/Jujuy'],
  ['America/Louisville', 'America/Kentucky/Louisville'],
  ['America/Mendoza', 'America/Argentina/Mendoza'],
  ['Asia/Calcutta', 'Asia/Kolkata'],
  ['Asia/Katmandu', 'Asia/Kathmandu'],
  ['Asia/Rangoon', 'Asia/Yangon'],
  ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
  ['Atlantic/Faeroe', 'Atlantic/Faroe'],
  ['Europe/Kiev', 'Europe/Kyiv'],
  ['Europe/Uzhgorod', 'Europe/Kyiv'],
  ['Europe/Zaporozhye', 'Europe/Kyiv'],
  ['Pacific/Enderbury', 'Pacific/Kanton'],
  ['Pacific/Ponape', 'Pacific/Pohnpei'],
  ['Pacific/Truk', 'Pacific/Chuuk'],
];

/** Events stored under a zone's old name (Europe/Kiev, as browsers offered it) get its current one. */
export class CanonicalTimeZones1796276624123 implements MigrationInterface {
  name = 'CanonicalTimeZones1796276624123';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The event is the only record with a zone; programmes and users have none.
    await queryRunner.query(
      `UPDATE "event" e SET "timeZone" = r.current
         FROM unnest($1::text[], $2::text[]) AS r(old, current)
        WHERE e."timeZone" = r.old`,
      [RENAMED.map(([old]) => old), RENAMED.map(([, current]) => current)],
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the old names stay valid aliases, and which rows had one is not kept.
  }
}
