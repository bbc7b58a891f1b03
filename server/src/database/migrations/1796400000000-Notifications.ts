import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'pgboss';
const QUEUES = [
  'notification-deliver',
  'notification-mail',
  'notification-digest',
  'notification-reminders',
];

/**
 * Notifications, each user's e-mail settings, and the job queue that delivers them (pg-boss's
 * own tables, at the version the installed pg-boss expects). The queue's construction script
 * opens and commits its own transaction, so this migration runs outside one.
 */
export class Notifications1796400000000 implements MigrationInterface {
  name = 'Notifications1796400000000';
  transaction = false as const;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."email_frequency" AS ENUM('IMMEDIATE', 'DAILY_DIGEST', 'OFF')`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD "emailFrequency" "public"."email_frequency" NOT NULL DEFAULT 'IMMEDIATE', ADD "language" character varying(8) NOT NULL DEFAULT 'uk'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('REPORT_SUBMITTED', 'REPORT_REVIEWED', 'REPORT_DUE', 'ISSUE_RAISED', 'ISSUE_STATUS_CHANGED', 'TWINNING_PROPOSED', 'TWINNING_STATUS_CHANGED', 'EVENT_LOGGED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "programmeId" uuid, "key" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(300) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "readAt" TIMESTAMP WITH TIME ZONE, "mailedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b142beadffd32dfe9c1afc1c28" ON "notification" ("userId", "readAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_039c7fcba309434f48b3ffaa58" ON "notification" ("userId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ef969d0af562456a138956b440" ON "notification" ("userId", "key") `,
    );
    await queryRunner.query(PgBoss.getConstructionPlans(SCHEMA));
    for (const name of QUEUES) {
      await queryRunner.query(`SELECT ${SCHEMA}.create_queue($1, $2)`, [
        name,
        JSON.stringify({ policy: 'standard' }),
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(
      `ALTER TABLE "user_account" DROP COLUMN "language", DROP COLUMN "emailFrequency"`,
    );
    await queryRunner.query(`DROP TYPE "public"."email_frequency"`);
  }
}
