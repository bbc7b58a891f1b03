import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeclaredMembers1796277290933 implements MigrationInterface {
  name = 'DeclaredMembers1796277290933';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "declared_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "associationId" uuid NOT NULL, "asOf" date NOT NULL, "count" integer NOT NULL, "eligibleCount" integer, "statedPercent" numeric(4,1), "source" character varying(300), CONSTRAINT "PK_24cbf1c43562c41147b6c3f5293" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ee03b91807979a851c117ce894" ON "declared_members"  ("associationId", "asOf") ',
    );
    await queryRunner.query(
      'ALTER TABLE "declared_members" ADD CONSTRAINT "FK_cd8c475a6c3db910b646b7427ff" FOREIGN KEY ("associationId") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "declared_members" DROP CONSTRAINT "FK_cd8c475a6c3db910b646b7427ff"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_ee03b91807979a851c117ce894"');
    await queryRunner.query('DROP TABLE "declared_members"');
  }
}
