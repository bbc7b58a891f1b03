import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records which of its two organisations proposed each twinning relation, since only the other
 * one may make it ACTIVE. Existing relations take the organisation of whoever recorded their
 * first status (the history's first entry, else the audit log's creation) when that was a
 * partner user of one of the two; a relation recorded by a coordinator or an admin, or whose
 * author is gone, counts as proposed by its organisation A, the one named first, as the form
 * has always read ("A proposes to B").
 */
export class TwinningProposer1796276268578 implements MigrationInterface {
  name = 'TwinningProposer1796276268578';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "twinning_relation" ADD "proposingOrganisationId" uuid');
    await queryRunner.query(
      `UPDATE "twinning_relation" r SET "proposingOrganisationId" = coalesce(
         (SELECT u."organisationId" FROM "twinning_status_change" c
            JOIN "user_account" u ON u.id = c."authorId"
           WHERE c."relationId" = r.id AND c."fromStatus" IS NULL AND u.role = 'PARTNER'
             AND u."organisationId" IN (r."organisationAId", r."organisationBId")
           ORDER BY c."at" LIMIT 1),
         (SELECT u."organisationId" FROM "audit_entry" a
            JOIN "user_account" u ON u.id = a."actorId"
           WHERE a."entityType" = 'TwinningRelation' AND a."entityId" = r.id::text
             AND a.action = 'CREATE' AND u.role = 'PARTNER'
             AND u."organisationId" IN (r."organisationAId", r."organisationBId")
           ORDER BY a."at" LIMIT 1),
         r."organisationAId")`,
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" ALTER COLUMN "proposingOrganisationId" SET NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" ADD CONSTRAINT "CHK_twinning_relation_proposer" CHECK ("proposingOrganisationId" IN ("organisationAId", "organisationBId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ae6b8dc0022428878c2ff1d452" ON "twinning_relation"  ("proposingOrganisationId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" ADD CONSTRAINT "FK_ae6b8dc0022428878c2ff1d4524" FOREIGN KEY ("proposingOrganisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" DROP CONSTRAINT "FK_ae6b8dc0022428878c2ff1d4524"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_ae6b8dc0022428878c2ff1d452"');
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" DROP CONSTRAINT "CHK_twinning_relation_proposer"',
    );
    await queryRunner.query(
      'ALTER TABLE "twinning_relation" DROP COLUMN "proposingOrganisationId"',
    );
  }
}
