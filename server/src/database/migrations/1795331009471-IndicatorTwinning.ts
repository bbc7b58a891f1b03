import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorTwinning1795331009471 implements MigrationInterface {
  name = 'IndicatorTwinning1795331009471';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD "twinningStatus" "public"."twinning_status"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD "twinningKinds" "public"."twinning_kind" array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TYPE "public"."indicator_source" ADD VALUE \'TWINNING_RELATIONS\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The old type has no such source: those indicators keep their last entered value.
    await queryRunner.query(
      'UPDATE "indicator" SET "source" = \'ENTERED\' WHERE "source" = \'TWINNING_RELATIONS\'',
    );
    await queryRunner.query('ALTER TABLE "indicator" ALTER COLUMN "source" DROP DEFAULT');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"indicator_source_old\" AS ENUM('ENTERED', 'EVENTS_HELD', 'ATTENDEES', 'ORGANISATIONS')",
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ALTER COLUMN "source" TYPE "public"."indicator_source_old" USING "source"::"text"::"public"."indicator_source_old"',
    );
    await queryRunner.query('DROP TYPE "public"."indicator_source"');
    await queryRunner.query(
      'ALTER TYPE "public"."indicator_source_old" RENAME TO "indicator_source"',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ALTER COLUMN "source" SET DEFAULT \'ENTERED\'',
    );
    await queryRunner.query('ALTER TABLE "indicator" DROP COLUMN "twinningKinds"');
    await queryRunner.query('ALTER TABLE "indicator" DROP COLUMN "twinningStatus"');
  }
}
