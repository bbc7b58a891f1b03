import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795321900507 implements MigrationInterface {
  name = 'Attachments1795321900507';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "eventId" uuid NOT NULL, "fileName" character varying(255) NOT NULL, "contentType" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storageKey" character varying(64) NOT NULL, "uploadedById" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a58d807719f46a3ae7c29627ee" ON "attachment"  ("eventId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_509b0dc6a049bae33e3ccf6a1b" ON "attachment"  ("storageKey") ',
    );
    await queryRunner.query(
      'ALTER TABLE "attachment" ADD CONSTRAINT "FK_a58d807719f46a3ae7c29627eef" FOREIGN KEY ("eventId") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "attachment" ADD CONSTRAINT "FK_53bee183febd17739e30539bebe" FOREIGN KEY ("uploadedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "attachment" DROP CONSTRAINT "FK_53bee183febd17739e30539bebe"',
    );
    await queryRunner.query(
      'ALTER TABLE "attachment" DROP CONSTRAINT "FK_a58d807719f46a3ae7c29627eef"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_509b0dc6a049bae33e3ccf6a1b"');
    await queryRunner.query('DROP INDEX "public"."IDX_a58d807719f46a3ae7c29627ee"');
    await queryRunner.query('DROP TABLE "attachment"');
  }
}
