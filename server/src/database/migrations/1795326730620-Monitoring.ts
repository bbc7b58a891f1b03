import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Monitoring1795326730620 implements MigrationInterface {
  name = 'Monitoring1795326730620';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."monitoring_round_status" AS ENUM(\'OPEN\', \'CLOSED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "monitoring_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "title" character varying(200) NOT NULL, "periodStart" date NOT NULL, "periodEnd" date NOT NULL, "prompts" jsonb NOT NULL DEFAULT \'[]\', "status" "public"."monitoring_round_status" NOT NULL DEFAULT \'OPEN\', "openedById" uuid, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_122aff424cab9215547ddd02ecc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_612a49747c8430368ae1237ed3" ON "monitoring_round"  ("openedById") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8958591b6179ffcd4382b68fcb" ON "monitoring_round"  ("programmeId", "periodStart") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."issue_kind" AS ENUM(\'PROBLEM\', \'EXPECTATION\')',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"issue_category\" AS ENUM('LEGAL_FRAMEWORK', 'FINANCE', 'INFRASTRUCTURE', 'BORDER_CROSSING', 'PUBLIC_SERVICES', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"issue_severity\" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"issue_status\" AS ENUM('OPEN', 'IN_REVIEW', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "monitoring_issue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "kind" "public"."issue_kind" NOT NULL, "category" "public"."issue_category" NOT NULL, "severity" "public"."issue_severity" NOT NULL, "title" character varying(200) NOT NULL, "description" text, "raisedById" uuid NOT NULL, "reportedById" uuid, "eventId" uuid, "roundId" uuid, "status" "public"."issue_status" NOT NULL DEFAULT \'OPEN\', "assigneeId" uuid, "resolution" text, CONSTRAINT "PK_f05ad02096bde06294950ac6bb2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_feb39c7a4c520d23c164d8a2e9" ON "monitoring_issue"  ("reportedById") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e7ff9ed0ba2bc854bbefea4c98" ON "monitoring_issue"  ("eventId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f0e74ea9aa1f05b26111ad59a2" ON "monitoring_issue"  ("roundId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4cdf6ce9b3ee73ce0f6dcb844b" ON "monitoring_issue"  ("assigneeId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_be9ad6bdfed26bfe9f228863fd" ON "monitoring_issue"  ("programmeId", "raisedById") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8ec76c890a3029a034d7f2c24f" ON "monitoring_issue"  ("programmeId", "severity") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_820413bbbd57d8ee4958485d9d" ON "monitoring_issue"  ("programmeId", "category") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_289f73f87d7d6d71b56a78c034" ON "monitoring_issue"  ("programmeId", "kind") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_84d99680a4c5e75078dd63263d" ON "monitoring_issue"  ("programmeId", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1edd68e126430bee2449f4e6bf" ON "monitoring_issue"  ("programmeId", "createdAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "issue_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issueId" uuid NOT NULL, "authorId" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "text" text NOT NULL, "movedTo" "public"."issue_status", CONSTRAINT "PK_2ad05784e2ae661fa409e5e0248" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d24944b58b33758f322202b07d" ON "issue_comment"  ("authorId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_60931b14ca71580e25b9a23c31" ON "issue_comment"  ("issueId", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "issue_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "issueId" uuid NOT NULL, "actorId" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fromStatus" "public"."issue_status", "toStatus" "public"."issue_status" NOT NULL, CONSTRAINT "PK_6c0f8657e7b6a8940f9d088532c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2bfddf93a18fbf253fd4541714" ON "issue_status_change"  ("actorId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_914e145dd892a49855eb61e785" ON "issue_status_change"  ("issueId", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "monitoring_round_submission" ("roundId" uuid NOT NULL, "partnerId" uuid NOT NULL, "submittedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submittedById" uuid, CONSTRAINT "PK_f3d47072af47c9f73eec70ddfcc" PRIMARY KEY ("roundId", "partnerId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b07337d29452de84bf5b5679c3" ON "monitoring_round_submission"  ("partnerId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9069fd0f9bb070049b21ddd30d" ON "monitoring_round_submission"  ("submittedById") ',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round" ADD CONSTRAINT "FK_16d6ea288428e3fa5504747d846" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round" ADD CONSTRAINT "FK_612a49747c8430368ae1237ed3a" FOREIGN KEY ("openedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" ADD CONSTRAINT "FK_d11b4d28ea33b752bb47aaa2170" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" ADD CONSTRAINT "FK_2e09f10c4898ef8d1e52ac43491" FOREIGN KEY ("raisedById") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" ADD CONSTRAINT "FK_feb39c7a4c520d23c164d8a2e91" FOREIGN KEY ("reportedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" ADD CONSTRAINT "FK_e7ff9ed0ba2bc854bbefea4c982" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" ADD CONSTRAINT "FK_f0e74ea9aa1f05b26111ad59a2b" FOREIGN KEY ("roundId") REFERENCES "monitoring_round"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" ADD CONSTRAINT "FK_4cdf6ce9b3ee73ce0f6dcb844b0" FOREIGN KEY ("assigneeId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_comment" ADD CONSTRAINT "FK_180710fead1c94ca499c57a7d42" FOREIGN KEY ("issueId") REFERENCES "monitoring_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_comment" ADD CONSTRAINT "FK_d24944b58b33758f322202b07da" FOREIGN KEY ("authorId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_status_change" ADD CONSTRAINT "FK_f125793cd6b80c10d49f060d47f" FOREIGN KEY ("issueId") REFERENCES "monitoring_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_status_change" ADD CONSTRAINT "FK_2bfddf93a18fbf253fd4541714f" FOREIGN KEY ("actorId") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round_submission" ADD CONSTRAINT "FK_65be14efed092cd7340a540d2fd" FOREIGN KEY ("roundId") REFERENCES "monitoring_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round_submission" ADD CONSTRAINT "FK_b07337d29452de84bf5b5679c34" FOREIGN KEY ("partnerId") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round_submission" ADD CONSTRAINT "FK_9069fd0f9bb070049b21ddd30d8" FOREIGN KEY ("submittedById") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "monitoring_round_submission" DROP CONSTRAINT "FK_9069fd0f9bb070049b21ddd30d8"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round_submission" DROP CONSTRAINT "FK_b07337d29452de84bf5b5679c34"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round_submission" DROP CONSTRAINT "FK_65be14efed092cd7340a540d2fd"',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_status_change" DROP CONSTRAINT "FK_2bfddf93a18fbf253fd4541714f"',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_status_change" DROP CONSTRAINT "FK_f125793cd6b80c10d49f060d47f"',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_comment" DROP CONSTRAINT "FK_d24944b58b33758f322202b07da"',
    );
    await queryRunner.query(
      'ALTER TABLE "issue_comment" DROP CONSTRAINT "FK_180710fead1c94ca499c57a7d42"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" DROP CONSTRAINT "FK_4cdf6ce9b3ee73ce0f6dcb844b0"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" DROP CONSTRAINT "FK_f0e74ea9aa1f05b26111ad59a2b"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" DROP CONSTRAINT "FK_e7ff9ed0ba2bc854bbefea4c982"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" DROP CONSTRAINT "FK_feb39c7a4c520d23c164d8a2e91"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" DROP CONSTRAINT "FK_2e09f10c4898ef8d1e52ac43491"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_issue" DROP CONSTRAINT "FK_d11b4d28ea33b752bb47aaa2170"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round" DROP CONSTRAINT "FK_612a49747c8430368ae1237ed3a"',
    );
    await queryRunner.query(
      'ALTER TABLE "monitoring_round" DROP CONSTRAINT "FK_16d6ea288428e3fa5504747d846"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_9069fd0f9bb070049b21ddd30d"');
    await queryRunner.query('DROP INDEX "public"."IDX_b07337d29452de84bf5b5679c3"');
    await queryRunner.query('DROP TABLE "monitoring_round_submission"');
    await queryRunner.query('DROP INDEX "public"."IDX_914e145dd892a49855eb61e785"');
    await queryRunner.query('DROP INDEX "public"."IDX_2bfddf93a18fbf253fd4541714"');
    await queryRunner.query('DROP TABLE "issue_status_change"');
    await queryRunner.query('DROP INDEX "public"."IDX_60931b14ca71580e25b9a23c31"');
    await queryRunner.query('DROP INDEX "public"."IDX_d24944b58b33758f322202b07d"');
    await queryRunner.query('DROP TABLE "issue_comment"');
    await queryRunner.query('DROP INDEX "public"."IDX_1edd68e126430bee2449f4e6bf"');
    await queryRunner.query('DROP INDEX "public"."IDX_84d99680a4c5e75078dd63263d"');
    await queryRunner.query('DROP INDEX "public"."IDX_289f73f87d7d6d71b56a78c034"');
    await queryRunner.query('DROP INDEX "public"."IDX_820413bbbd57d8ee4958485d9d"');
    await queryRunner.query('DROP INDEX "public"."IDX_8ec76c890a3029a034d7f2c24f"');
    await queryRunner.query('DROP INDEX "public"."IDX_be9ad6bdfed26bfe9f228863fd"');
    await queryRunner.query('DROP INDEX "public"."IDX_4cdf6ce9b3ee73ce0f6dcb844b"');
    await queryRunner.query('DROP INDEX "public"."IDX_f0e74ea9aa1f05b26111ad59a2"');
    await queryRunner.query('DROP INDEX "public"."IDX_e7ff9ed0ba2bc854bbefea4c98"');
    await queryRunner.query('DROP INDEX "public"."IDX_feb39c7a4c520d23c164d8a2e9"');
    await queryRunner.query('DROP TABLE "monitoring_issue"');
    await queryRunner.query('DROP TYPE "public"."issue_status"');
    await queryRunner.query('DROP TYPE "public"."issue_severity"');
    await queryRunner.query('DROP TYPE "public"."issue_category"');
    await queryRunner.query('DROP TYPE "public"."issue_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_8958591b6179ffcd4382b68fcb"');
    await queryRunner.query('DROP INDEX "public"."IDX_612a49747c8430368ae1237ed3"');
    await queryRunner.query('DROP TABLE "monitoring_round"');
    await queryRunner.query('DROP TYPE "public"."monitoring_round_status"');
  }
}
