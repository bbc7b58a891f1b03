import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Twinning1795326634955 implements MigrationInterface {
  name = 'Twinning1795326634955';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"twinning_kind\" AS ENUM('AGREEMENT', 'MEMORANDUM', 'LETTER_OF_INTENT')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"twinning_status\" AS ENUM('PROPOSED', 'NEGOTIATING', 'ACTIVE', 'DORMANT', 'TERMINATED')",
    );
    await queryRunner.query(
      'CREATE TABLE "twinning_relation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisationAId" uuid NOT NULL, "organisationBId" uuid NOT NULL, "kind" "public"."twinning_kind" NOT NULL, "status" "public"."twinning_status" NOT NULL, "since" date, "areas" character varying(80) array NOT NULL DEFAULT \'{}\', "description" text, "contacts" jsonb NOT NULL DEFAULT \'[]\', "programmeId" uuid, CONSTRAINT "CHK_twinning_relation_distinct" CHECK ("organisationAId" <> "organisationBId"), CONSTRAINT "PK_1492b9af407b088f94b0c31006c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e288bb0a8e33cfb5ebfecc0f22" ON "twinning_relation"  ("organisationAId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3b14b528074d667134e9d366a5" ON "twinning_relation"  ("organisationBId") ',
    );
    // One relation per pair whichever way round, and the areas filter: expression and GIN
    // indexes TypeORM does not generate (the entity names them with synchronize: false).
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_twinning_relation_pair" ON "twinning_relation" (LEAST("organisationAId", "organisationBId"), GREATEST("organisationAId", "organisationBId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_twinning_relation_areas" ON "twinning_relation" USING gin ("areas")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c9b36ae05d2c667e58132d6873" ON "twinning_relation"  ("status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9483ff8e3eea9f2a1115f5f41e" ON "twinning_relation"  ("programmeId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "twinning_event" ("relationId" uuid NOT NULL, "eventId" uuid NOT NULL, "linkedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e38ca6a45ffde6d556d489bda77" PRIMARY KEY ("relationId", "eventId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e26e1d40b80360f652279c8e27" ON "twinning_event"  ("eventId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "twinning_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relationId" uuid NOT NULL, "fromStatus" "public"."twinning_status", "toStatus" "public"."twinning_status" NOT NULL, "effectiveOn" date NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "authorId" uuid, "note" text, CONSTRAINT "PK_486f1ad0a626a1917b31012acf0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1ab8386bb572930582d874a154" ON "twinning_status_change"  ("authorId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d8419bc0947678e2ddfa5c50ee" ON "twinning_status_change"  ("relationId", "at") ',
    );
    await queryRunner.query('ALTER TABLE "attachment" ADD "twinningRelationId" uuid');
    await queryRunner.query('ALTER TABLE "attachment" ALTER COLUMN "eventId" DROP NOT NULL');
    await queryRunner.query(
      'CREATE INDEX "IDX_e86df6169e04e0327ff68ab5a9" ON "attachment"  ("twinningRelationId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "attachment" ADD CONSTRAINT "CHK_attachment_owner" CHECK (("eventId" IS NULL) <> ("twinningRelationId" IS NULL))',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" ADD CONSTRAINT "FK_e288bb0a8e33cfb5ebfecc0f22e" FOREIGN KEY ("organisationAId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" ADD CONSTRAINT "FK_3b14b528074d667134e9d366a58" FOREIGN KEY ("organisationBId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" ADD CONSTRAINT "FK_9483ff8e3eea9f2a1115f5f41ed" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attachment" ADD CONSTRAINT "FK_e86df6169e04e0327ff68ab5a9c" FOREIGN KEY ("twinningRelationId") REFERENCES "twinning_relation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_event" ADD CONSTRAINT "FK_0fc3902b86a8818caef25a2c350" FOREIGN KEY ("relationId") REFERENCES "twinning_relation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_event" ADD CONSTRAINT "FK_e26e1d40b80360f652279c8e27f" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_status_change" ADD CONSTRAINT "FK_76695f2f671d25b1097865a2746" FOREIGN KEY ("relationId") REFERENCES "twinning_relation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_status_change" ADD CONSTRAINT "FK_1ab8386bb572930582d874a1543" FOREIGN KEY ("authorId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "twinning_status_change" DROP CONSTRAINT "FK_1ab8386bb572930582d874a1543"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_status_change" DROP CONSTRAINT "FK_76695f2f671d25b1097865a2746"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_event" DROP CONSTRAINT "FK_e26e1d40b80360f652279c8e27f"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_event" DROP CONSTRAINT "FK_0fc3902b86a8818caef25a2c350"',
    );
    await queryRunner.query(
      'ALTER TABLE "attachment" DROP CONSTRAINT "FK_e86df6169e04e0327ff68ab5a9c"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" DROP CONSTRAINT "FK_9483ff8e3eea9f2a1115f5f41ed"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" DROP CONSTRAINT "FK_3b14b528074d667134e9d366a58"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" DROP CONSTRAINT "FK_e288bb0a8e33cfb5ebfecc0f22e"',
    );
    await queryRunner.query('ALTER TABLE "attachment" DROP CONSTRAINT "CHK_attachment_owner"');
    await queryRunner.query('DROP INDEX "public"."IDX_e86df6169e04e0327ff68ab5a9"');
    // Files of twinning relations go with their tables; their bytes are left to the store.
    await queryRunner.query('DELETE FROM "attachment" WHERE "eventId" IS NULL');
    await queryRunner.query('ALTER TABLE "attachment" ALTER COLUMN "eventId" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "attachment" DROP COLUMN "twinningRelationId"');
    await queryRunner.query('DROP INDEX "public"."IDX_d8419bc0947678e2ddfa5c50ee"');
    await queryRunner.query('DROP INDEX "public"."IDX_1ab8386bb572930582d874a154"');
    await queryRunner.query('DROP TABLE "twinning_status_change"');
    await queryRunner.query('DROP INDEX "public"."IDX_e26e1d40b80360f652279c8e27"');
    await queryRunner.query('DROP TABLE "twinning_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_9483ff8e3eea9f2a1115f5f41e"');
    await queryRunner.query('DROP INDEX "public"."IDX_c9b36ae05d2c667e58132d6873"');
    await queryRunner.query('DROP INDEX "IDX_twinning_relation_areas"');
    await queryRunner.query('DROP INDEX "IDX_twinning_relation_pair"');
    await queryRunner.query('DROP INDEX "public"."IDX_3b14b528074d667134e9d366a5"');
    await queryRunner.query('DROP INDEX "public"."IDX_e288bb0a8e33cfb5ebfecc0f22"');
    await queryRunner.query('DROP TABLE "twinning_relation"');
    await queryRunner.query('DROP TYPE "public"."twinning_status"');
    await queryRunner.query('DROP TYPE "public"."twinning_kind"');
  }
}
