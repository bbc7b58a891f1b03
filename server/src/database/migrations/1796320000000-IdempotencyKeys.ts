import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The keys of idempotent writes (common/idempotency.ts): one row per user and key, claimed in
 * the write's transaction, naming the record the write produced. No entity maps it; the
 * index on `createdAt` serves the retention sweep.
 */
export class IdempotencyKeys1796320000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" (
        "userId" uuid NOT NULL,
        "key" character varying(100) NOT NULL,
        "fingerprint" character(64) NOT NULL,
        "recordId" uuid,
        "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("userId", "key"),
        CONSTRAINT "FK_idempotency_key_user" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_idempotency_key_createdAt" ON "idempotency_key" ("createdAt")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
