import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795320536994 implements MigrationInterface {
  name = 'Events1795320536994';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "programmeId" uuid NOT NULL, "tokenHash" character(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastUsedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4a5faf13df0b6190d5da246688" ON "calendar_feed"  ("programmeId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_21e336ad0937676891819f9b65" ON "calendar_feed"  ("tokenHash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f8514562a4078facdc823d17a0" ON "calendar_feed"  ("userId", "programmeId") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_type\" AS ENUM('CONFERENCE', 'ROUND_TABLE', 'WORKSHOP', 'SEMINAR', 'GENERAL_MEETING', 'STUDY_VISIT', 'TRAINING', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_format\" AS ENUM('IN_PERSON', 'ONLINE', 'HYBRID')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"event_status\" AS ENUM('PLANNED', 'HELD', 'CANCELLED', 'POSTPONED')",
    );
    await queryRunner.query(
      'CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "type" "public"."event_type" NOT NULL, "title" character varying(200) NOT NULL, "description" text, "translations" jsonb NOT NULL DEFAULT \'[]\', "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "timeZone" character varying(64) NOT NULL, "format" "public"."event_format" NOT NULL DEFAULT \'IN_PERSON\', "venue" character varying(300), "onlineLink" character varying(2000), "organiserPartnerId" uuid, "status" "public"."event_status" NOT NULL DEFAULT \'PLANNED\', "actionId" uuid, "outcomes" text, "agenda" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b8c3aeeac35ace9d387fb5e142" ON "event"  ("type") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_26da8a24d0559144d265907f5e" ON "event"  ("organiserPartnerId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d4e8fcaf6d49972cd8df9017fb" ON "event"  ("status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_feac1a9ec183e786269d10844d" ON "event"  ("actionId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dc981842280a0a18d36af0b358" ON "event"  ("programmeId", "startsAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_attendance" ("eventId" uuid NOT NULL, "sideId" uuid NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_745f0cd45bd94ae8a6799e5f352" PRIMARY KEY ("eventId", "sideId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d706d1ed620c6838a858b33331" ON "event_attendance"  ("sideId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "event_participant" ("eventId" uuid NOT NULL, "organisationId" uuid NOT NULL, CONSTRAINT "PK_9cfe6f2833d696a07120a28f2f2" PRIMARY KEY ("eventId", "organisationId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_96841894b274940d82d5b626db" ON "event_participant"  ("organisationId") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"indicator_source\" AS ENUM('ENTERED', 'EVENTS_HELD', 'ATTENDEES', 'ORGANISATIONS')",
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD "source" "public"."indicator_source" NOT NULL DEFAULT \'ENTERED\'',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD "eventTypes" "public"."event_type" array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "indicator" ADD "sideId" uuid');
    await queryRunner.query(
      'CREATE INDEX "IDX_c351282b698038344085a8b45d" ON "indicator"  ("sideId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_f6779773c62bb47bf4001a69060" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_4a5faf13df0b6190d5da2466887" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event" ADD CONSTRAINT "FK_66d5044e3e362278c846755dbeb" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event" ADD CONSTRAINT "FK_26da8a24d0559144d265907f5e7" FOREIGN KEY ("organiserPartnerId") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event" ADD CONSTRAINT "FK_feac1a9ec183e786269d10844d9" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_attendance" ADD CONSTRAINT "FK_c8a944f7a30ca4af88684cfc6eb" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_attendance" ADD CONSTRAINT "FK_d706d1ed620c6838a858b33331b" FOREIGN KEY ("sideId") REFERENCES "programme_side"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_participant" ADD CONSTRAINT "FK_795b93c7e6831c82a0b5c1a5d79" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "event_participant" ADD CONSTRAINT "FK_96841894b274940d82d5b626db2" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_c351282b698038344085a8b45d2" FOREIGN KEY ("sideId") REFERENCES "programme_side"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "indicator" DROP CONSTRAINT "FK_c351282b698038344085a8b45d2"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_participant" DROP CONSTRAINT "FK_96841894b274940d82d5b626db2"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_participant" DROP CONSTRAINT "FK_795b93c7e6831c82a0b5c1a5d79"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_attendance" DROP CONSTRAINT "FK_d706d1ed620c6838a858b33331b"',
    );
    await queryRunner.query(
      'ALTER TABLE "event_attendance" DROP CONSTRAINT "FK_c8a944f7a30ca4af88684cfc6eb"',
    );
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_feac1a9ec183e786269d10844d9"');
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_26da8a24d0559144d265907f5e7"');
    await queryRunner.query('ALTER TABLE "event" DROP CONSTRAINT "FK_66d5044e3e362278c846755dbeb"');
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_4a5faf13df0b6190d5da2466887"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_f6779773c62bb47bf4001a69060"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_c351282b698038344085a8b45d"');
    await queryRunner.query('ALTER TABLE "indicator" DROP COLUMN "sideId"');
    await queryRunner.query('ALTER TABLE "indicator" DROP COLUMN "eventTypes"');
    // event_type is still used by the event table; it is dropped with it below.
    await queryRunner.query('ALTER TABLE "indicator" DROP COLUMN "source"');
    await queryRunner.query('DROP TYPE "public"."indicator_source"');
    await queryRunner.query('DROP INDEX "public"."IDX_96841894b274940d82d5b626db"');
    await queryRunner.query('DROP TABLE "event_participant"');
    await queryRunner.query('DROP INDEX "public"."IDX_d706d1ed620c6838a858b33331"');
    await queryRunner.query('DROP TABLE "event_attendance"');
    await queryRunner.query('DROP INDEX "public"."IDX_dc981842280a0a18d36af0b358"');
    await queryRunner.query('DROP INDEX "public"."IDX_feac1a9ec183e786269d10844d"');
    await queryRunner.query('DROP INDEX "public"."IDX_d4e8fcaf6d49972cd8df9017fb"');
    await queryRunner.query('DROP INDEX "public"."IDX_26da8a24d0559144d265907f5e"');
    await queryRunner.query('DROP INDEX "public"."IDX_b8c3aeeac35ace9d387fb5e142"');
    await queryRunner.query('DROP TABLE "event"');
    await queryRunner.query('DROP TYPE "public"."event_status"');
    await queryRunner.query('DROP TYPE "public"."event_format"');
    await queryRunner.query('DROP TYPE "public"."event_type"');
    await queryRunner.query('DROP INDEX "public"."IDX_f8514562a4078facdc823d17a0"');
    await queryRunner.query('DROP INDEX "public"."IDX_21e336ad0937676891819f9b65"');
    await queryRunner.query('DROP INDEX "public"."IDX_4a5faf13df0b6190d5da246688"');
    await queryRunner.query('DROP TABLE "calendar_feed"');
  }
}
