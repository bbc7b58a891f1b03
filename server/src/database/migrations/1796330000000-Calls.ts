import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calls for applications by groups of organisations: the calls with their stages, the
 * applications, their members (one application per organisation and call, by a unique
 * index) and the evaluators' scores per criterion and stage.
 */
export class Calls1796330000000 implements MigrationInterface {
  name = 'Calls1796330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"call_status\" AS ENUM('DRAFT', 'OPEN', 'EVALUATING', 'CLOSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "summary" text, "status" "public"."call_status" NOT NULL DEFAULT \'DRAFT\', "opensOn" date NOT NULL, "closesOn" date NOT NULL, "timeZone" character varying(64) NOT NULL DEFAULT \'Europe/Kyiv\', "minMembers" smallint NOT NULL, "maxMembers" smallint NOT NULL, "stages" jsonb NOT NULL DEFAULT \'[]\', "deliverables" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "UQ_23497c535d6ab2866655b07c456" UNIQUE ("code"), CONSTRAINT "PK_2098af0169792a34f9cfdd39c47" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_4371d163f10bf8b9f8b5495a5e" ON "call"  ("status") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"application_status\" AS ENUM('DRAFT', 'SUBMITTED', 'ADVANCED', 'SELECTED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "call_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "callId" uuid NOT NULL, "title" character varying(200) NOT NULL, "leadOrganisationId" uuid NOT NULL, "motivation" text, "status" "public"."application_status" NOT NULL DEFAULT \'DRAFT\', "stage" smallint NOT NULL DEFAULT \'1\', "submittedAt" TIMESTAMP WITH TIME ZONE, "decisionComment" text, "programmeId" uuid, CONSTRAINT "UQ_77d92b4bd49c19a4eca924fb768" UNIQUE ("programmeId"), CONSTRAINT "PK_a6ae209387bddd2c69e08ad58e8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_33cd532c88faa7f946db418ad9" ON "call_application"  ("callId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_711424ff01ef4fb5ebe2ce05f3" ON "call_application"  ("leadOrganisationId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "call_application_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "applicationId" uuid NOT NULL, "callId" uuid NOT NULL, "organisationId" uuid NOT NULL, "isLead" boolean NOT NULL DEFAULT false, "confirmedAt" TIMESTAMP WITH TIME ZONE, "confirmedById" uuid, CONSTRAINT "PK_680ceb3dc0d2338cb5b6c7b7ccf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5dfb1f1da8ce00ed0eb1293a05" ON "call_application_member"  ("applicationId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ab2f44e256e1566324dc57d45e" ON "call_application_member"  ("organisationId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_call_application_member_call_org" ON "call_application_member"  ("callId", "organisationId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "call_application_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "applicationId" uuid NOT NULL, "stage" smallint NOT NULL, "evaluatorId" uuid NOT NULL, "criterion" character varying(200) NOT NULL, "score" real NOT NULL, "comment" text, "scoredAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f6eb109c116d41ebed04c4c669b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_579b9bd6ac9c7556fdbaba0c15" ON "call_application_score"  ("evaluatorId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_call_application_score" ON "call_application_score"  ("applicationId", "stage", "evaluatorId", "criterion") ',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application" ADD CONSTRAINT "FK_33cd532c88faa7f946db418ad96" FOREIGN KEY ("callId") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application" ADD CONSTRAINT "FK_711424ff01ef4fb5ebe2ce05f34" FOREIGN KEY ("leadOrganisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application" ADD CONSTRAINT "FK_77d92b4bd49c19a4eca924fb768" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_member" ADD CONSTRAINT "FK_5dfb1f1da8ce00ed0eb1293a05b" FOREIGN KEY ("applicationId") REFERENCES "call_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_member" ADD CONSTRAINT "FK_f0e449366248c39f122220181b6" FOREIGN KEY ("callId") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_member" ADD CONSTRAINT "FK_ab2f44e256e1566324dc57d45e1" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_score" ADD CONSTRAINT "FK_572dbccf7965a0d7cc807c36b12" FOREIGN KEY ("applicationId") REFERENCES "call_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_score" ADD CONSTRAINT "FK_579b9bd6ac9c7556fdbaba0c153" FOREIGN KEY ("evaluatorId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "call_application_score" DROP CONSTRAINT "FK_579b9bd6ac9c7556fdbaba0c153"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_score" DROP CONSTRAINT "FK_572dbccf7965a0d7cc807c36b12"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_member" DROP CONSTRAINT "FK_ab2f44e256e1566324dc57d45e1"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_member" DROP CONSTRAINT "FK_f0e449366248c39f122220181b6"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application_member" DROP CONSTRAINT "FK_5dfb1f1da8ce00ed0eb1293a05b"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application" DROP CONSTRAINT "FK_77d92b4bd49c19a4eca924fb768"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application" DROP CONSTRAINT "FK_711424ff01ef4fb5ebe2ce05f34"',
    );
    await queryRunner.query(
      'ALTER TABLE "call_application" DROP CONSTRAINT "FK_33cd532c88faa7f946db418ad96"',
    );
    await queryRunner.query('DROP INDEX "public"."UQ_call_application_score"');
    await queryRunner.query('DROP INDEX "public"."IDX_579b9bd6ac9c7556fdbaba0c15"');
    await queryRunner.query('DROP TABLE "call_application_score"');
    await queryRunner.query('DROP INDEX "public"."UQ_call_application_member_call_org"');
    await queryRunner.query('DROP INDEX "public"."IDX_ab2f44e256e1566324dc57d45e"');
    await queryRunner.query('DROP INDEX "public"."IDX_5dfb1f1da8ce00ed0eb1293a05"');
    await queryRunner.query('DROP TABLE "call_application_member"');
    await queryRunner.query('DROP INDEX "public"."IDX_711424ff01ef4fb5ebe2ce05f3"');
    await queryRunner.query('DROP INDEX "public"."IDX_33cd532c88faa7f946db418ad9"');
    await queryRunner.query('DROP TABLE "call_application"');
    await queryRunner.query('DROP TYPE "public"."application_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_4371d163f10bf8b9f8b5495a5e"');
    await queryRunner.query('DROP TABLE "call"');
    await queryRunner.query('DROP TYPE "public"."call_status"');
  }
}
