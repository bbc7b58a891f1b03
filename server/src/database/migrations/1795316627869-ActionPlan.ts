import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionPlan1795316627869 implements MigrationInterface {
  name = 'ActionPlan1795316627869';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"action_status\" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "parentId" uuid, "code" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "description" text, "translations" jsonb NOT NULL DEFAULT \'[]\', "startsOn" date NOT NULL, "dueOn" date NOT NULL, "status" "public"."action_status" NOT NULL DEFAULT \'PLANNED\', "ownProgress" smallint NOT NULL DEFAULT \'0\', "weight" real NOT NULL DEFAULT \'1\', "plannedBudget" numeric(16,2), "spentBudget" numeric(16,2), CONSTRAINT "PK_2d9db9cf5edfbbae74eb56e3a39" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_359f99e775edf8ab22776daea8" ON "action"  ("programmeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8d26321131b9d1d461d75c3128" ON "action"  ("parentId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cf41d2c343d4c42534450f13ce" ON "action"  ("dueOn") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_73b8231726a30785b7044d325f" ON "action"  ("status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_86eea535e81c139f192561d4f3" ON "action"  ("programmeId", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "action_responsible" ("actionId" uuid NOT NULL, "partnerId" uuid NOT NULL, CONSTRAINT "PK_e3313373d149f8e9c6e7b58fc1b" PRIMARY KEY ("actionId", "partnerId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2bca35ca76a4f0e8734edfb6e9" ON "action_responsible"  ("partnerId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "action_progress_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actionId" uuid NOT NULL, "authorId" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fromProgress" smallint NOT NULL, "toProgress" smallint NOT NULL, "fromStatus" "public"."action_status" NOT NULL, "toStatus" "public"."action_status" NOT NULL, "note" text, CONSTRAINT "PK_f9a5d3d7a33318e97562730efe0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_342978ae7194ea1427379a1434" ON "action_progress_note"  ("actionId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "actionId" uuid, "name" character varying(200) NOT NULL, "unit" character varying(40) NOT NULL, "target" numeric(14,2) NOT NULL, "achieved" numeric(14,2) NOT NULL DEFAULT \'0\', CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d74009959e92506417f1b90f50" ON "indicator"  ("programmeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0634c5d5354fb4094b2e94ebcc" ON "indicator"  ("actionId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_signatory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programmeId" uuid NOT NULL, "person" character varying(120) NOT NULL, "position" character varying(200), "organisationId" uuid, "signedOn" date, CONSTRAINT "PK_69b589713ea5babd2ba560dd1b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_78de79fa60721125a7ec488da6" ON "programme_signatory"  ("programmeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9ab7b1cb25302283f77b31fd25" ON "programme_signatory"  ("organisationId") ',
    );
    await queryRunner.query('ALTER TABLE "organisation" ADD "councilsInRegion" integer');
    await queryRunner.query(
      'ALTER TABLE "programme" ADD "translations" jsonb NOT NULL DEFAULT \'[]\'',
    );
    await queryRunner.query(
      'ALTER TABLE "action" ADD CONSTRAINT "FK_359f99e775edf8ab22776daea88" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action" ADD CONSTRAINT "FK_8d26321131b9d1d461d75c31282" FOREIGN KEY ("parentId") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_responsible" ADD CONSTRAINT "FK_f626845cfbab10a5e1bc7701683" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_responsible" ADD CONSTRAINT "FK_2bca35ca76a4f0e8734edfb6e9c" FOREIGN KEY ("partnerId") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_progress_note" ADD CONSTRAINT "FK_342978ae7194ea1427379a14347" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_d74009959e92506417f1b90f50a" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_0634c5d5354fb4094b2e94ebcc0" FOREIGN KEY ("actionId") REFERENCES "action"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_signatory" ADD CONSTRAINT "FK_78de79fa60721125a7ec488da6e" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_signatory" ADD CONSTRAINT "FK_9ab7b1cb25302283f77b31fd25f" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "programme_signatory" DROP CONSTRAINT "FK_9ab7b1cb25302283f77b31fd25f"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_signatory" DROP CONSTRAINT "FK_78de79fa60721125a7ec488da6e"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" DROP CONSTRAINT "FK_0634c5d5354fb4094b2e94ebcc0"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" DROP CONSTRAINT "FK_d74009959e92506417f1b90f50a"',
    );
    await queryRunner.query(
      'ALTER TABLE "action_progress_note" DROP CONSTRAINT "FK_342978ae7194ea1427379a14347"',
    );
    await queryRunner.query(
      'ALTER TABLE "action_responsible" DROP CONSTRAINT "FK_2bca35ca76a4f0e8734edfb6e9c"',
    );
    await queryRunner.query(
      'ALTER TABLE "action_responsible" DROP CONSTRAINT "FK_f626845cfbab10a5e1bc7701683"',
    );
    await queryRunner.query(
      'ALTER TABLE "action" DROP CONSTRAINT "FK_8d26321131b9d1d461d75c31282"',
    );
    await queryRunner.query(
      'ALTER TABLE "action" DROP CONSTRAINT "FK_359f99e775edf8ab22776daea88"',
    );
    await queryRunner.query('ALTER TABLE "programme" DROP COLUMN "translations"');
    await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "councilsInRegion"');
    await queryRunner.query('DROP INDEX "public"."IDX_9ab7b1cb25302283f77b31fd25"');
    await queryRunner.query('DROP INDEX "public"."IDX_78de79fa60721125a7ec488da6"');
    await queryRunner.query('DROP TABLE "programme_signatory"');
    await queryRunner.query('DROP INDEX "public"."IDX_0634c5d5354fb4094b2e94ebcc"');
    await queryRunner.query('DROP INDEX "public"."IDX_d74009959e92506417f1b90f50"');
    await queryRunner.query('DROP TABLE "indicator"');
    await queryRunner.query('DROP INDEX "public"."IDX_342978ae7194ea1427379a1434"');
    await queryRunner.query('DROP TABLE "action_progress_note"');
    await queryRunner.query('DROP INDEX "public"."IDX_2bca35ca76a4f0e8734edfb6e9"');
    await queryRunner.query('DROP TABLE "action_responsible"');
    await queryRunner.query('DROP INDEX "public"."IDX_86eea535e81c139f192561d4f3"');
    await queryRunner.query('DROP INDEX "public"."IDX_73b8231726a30785b7044d325f"');
    await queryRunner.query('DROP INDEX "public"."IDX_cf41d2c343d4c42534450f13ce"');
    await queryRunner.query('DROP INDEX "public"."IDX_8d26321131b9d1d461d75c3128"');
    await queryRunner.query('DROP INDEX "public"."IDX_359f99e775edf8ab22776daea8"');
    await queryRunner.query('DROP TABLE "action"');
    await queryRunner.query('DROP TYPE "public"."action_status"');
  }
}
