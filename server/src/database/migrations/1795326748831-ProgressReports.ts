import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressReports1795326748831 implements MigrationInterface {
  name = 'ProgressReports1795326748831';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"report_status\" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'CHANGES_REQUESTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "progress_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "partnerId" uuid NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "narrative" text NOT NULL DEFAULT \'\', "status" "public"."report_status" NOT NULL DEFAULT \'DRAFT\', "submittedAt" TIMESTAMP WITH TIME ZONE, "firstSubmittedAt" TIMESTAMP WITH TIME ZONE, "submittedById" uuid, "snapshot" jsonb, CONSTRAINT "PK_de44d4f311d5a0132f49f9f0820" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ee565e8206519a64f79e626078" ON "progress_report"  ("status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8538abbd1f2b38627d15d7900d" ON "progress_report"  ("programmeId", "periodStart") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_e914a3f033036902292cee37c4" ON "progress_report"  ("partnerId", "periodStart") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."review_decision" AS ENUM(\'APPROVE\', \'REQUEST_CHANGES\')',
    );
    await queryRunner.query(
      'CREATE TABLE "progress_report_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reportId" uuid NOT NULL, "authorId" uuid, "decision" "public"."review_decision" NOT NULL, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70ea739aaa4dbdfd3e3bedd3c63" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_79147f62db1da80d852981e687" ON "progress_report_review"  ("reportId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "reporting_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "dueOn" date NOT NULL, CONSTRAINT "PK_273d2b68dc1854618ec53e144d0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_00564ecd932947a83a8cbada75" ON "reporting_period"  ("dueOn") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_91c38683081d70be96fb7955c9" ON "reporting_period"  ("programmeId", "startsOn") ',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report" ADD CONSTRAINT "FK_69eb8de1756507afbe150c4e467" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report" ADD CONSTRAINT "FK_72f3e5572ad3e791bb4e71a769b" FOREIGN KEY ("partnerId") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report" ADD CONSTRAINT "FK_60b594f066e74c017264a7d566a" FOREIGN KEY ("submittedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report_review" ADD CONSTRAINT "FK_79147f62db1da80d852981e687a" FOREIGN KEY ("reportId") REFERENCES "progress_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report_review" ADD CONSTRAINT "FK_ca38db417f3779d48d119707d14" FOREIGN KEY ("authorId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reporting_period" ADD CONSTRAINT "FK_9a964083d6ad61c81fc3c626655" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "reporting_period" DROP CONSTRAINT "FK_9a964083d6ad61c81fc3c626655"',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report_review" DROP CONSTRAINT "FK_ca38db417f3779d48d119707d14"',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report_review" DROP CONSTRAINT "FK_79147f62db1da80d852981e687a"',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report" DROP CONSTRAINT "FK_60b594f066e74c017264a7d566a"',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report" DROP CONSTRAINT "FK_72f3e5572ad3e791bb4e71a769b"',
    );
    await queryRunner.query(
      'ALTER TABLE "progress_report" DROP CONSTRAINT "FK_69eb8de1756507afbe150c4e467"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_91c38683081d70be96fb7955c9"');
    await queryRunner.query('DROP INDEX "public"."IDX_00564ecd932947a83a8cbada75"');
    await queryRunner.query('DROP TABLE "reporting_period"');
    await queryRunner.query('DROP INDEX "public"."IDX_79147f62db1da80d852981e687"');
    await queryRunner.query('DROP TABLE "progress_report_review"');
    await queryRunner.query('DROP TYPE "public"."review_decision"');
    await queryRunner.query('DROP INDEX "public"."IDX_e914a3f033036902292cee37c4"');
    await queryRunner.query('DROP INDEX "public"."IDX_8538abbd1f2b38627d15d7900d"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee565e8206519a64f79e626078"');
    await queryRunner.query('DROP TABLE "progress_report"');
    await queryRunner.query('DROP TYPE "public"."report_status"');
  }
}
