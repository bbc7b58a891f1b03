import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row that `/healthz` updates in a short transaction: a database that answers reads but
 * cannot write (a full disk, a read-only fail-over target) is unhealthy too. No entity maps
 * it; nothing but the health check touches it.
 */
export class HealthProbe1796307524532 implements MigrationInterface {
  name = 'HealthProbe1796307524532';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "health_probe" ("id" smallint NOT NULL DEFAULT 1, "checkedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_health_probe" PRIMARY KEY ("id"), CONSTRAINT "CHK_health_probe_one_row" CHECK ("id" = 1))',
    );
    await queryRunner.query('INSERT INTO "health_probe" ("id") VALUES (1)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "health_probe"');
  }
}
