import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795316138677 implements MigrationInterface {
  name = 'Init1795316138677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"audit_action\" AS ENUM('CREATE', 'UPDATE', 'DELETE', 'SIGN_IN', 'SIGN_OUT')",
    );
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actorId" uuid, "action" "public"."audit_action" NOT NULL, "entityType" character varying(60) NOT NULL, "entityId" character varying(64) NOT NULL, "summary" character varying(300), "changes" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry"  ("at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_16e974357664a336146e08efb4" ON "audit_entry"  ("actorId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b68dcc794cea3a97d59a0b8771" ON "audit_entry"  ("action") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4ab466a7d06ff8d7c903d90248" ON "audit_entry"  ("entityType", "entityId") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('REGIONAL_COUNCIL', 'DISTRICT_COUNCIL', 'CITY_COUNCIL', 'SETTLEMENT_COUNCIL', 'VILLAGE_COUNCIL', 'TERRITORIAL_COMMUNITY', 'ASSOCIATION', 'NGO', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "nameEn" character varying(200), "kind" "public"."organisation_kind" NOT NULL, "country" character(2) NOT NULL, "region" character varying(120), "parentId" uuid, "population" integer, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e0cce4f368b593650f8ecb27e8" ON "organisation"  ("parentId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4ff3f896d894540ce99c1fc672" ON "organisation"  ("country", "kind") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'COORDINATOR', 'PARTNER', 'OBSERVER')",
    );
    await queryRunner.query(
      'CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "passwordHash" character varying(255) NOT NULL, "active" boolean NOT NULL DEFAULT true, "organisationId" uuid, "lastSignInAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_56a0e4bcec2b5411beafa47ffa5" UNIQUE ("email"), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2790228906f77da6eed95b1cc9" ON "user_account"  ("role") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7080e172361427f54d0ce1e86f" ON "user_account"  ("organisationId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("tokenHash" character(64) NOT NULL, "userId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ff3b5bfd0767bd32942e5ccaad0" PRIMARY KEY ("tokenHash"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session"  ("userId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_295ba696d302b693bdd897a7ae" ON "session"  ("lastSeenAt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "sign_in_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL, "windowStart" TIMESTAMP WITH TIME ZONE NOT NULL, "lockedUntil" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "associationId" uuid NOT NULL, "memberId" uuid NOT NULL, "joinedOn" date NOT NULL, "leftOn" date, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_616f40b325155a0359ff0adb2f" ON "membership"  ("associationId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3b4b41597707b13086e7172742" ON "membership"  ("memberId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_98a9a7505dc7c960f8cd62fc1e" ON "membership"  ("associationId", "memberId", "joinedOn") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"programme_status\" AS ENUM('DRAFT', 'ACTIVE', 'COMPLETED', 'SUSPENDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "summary" text, "startsOn" date NOT NULL, "endsOn" date NOT NULL, "status" "public"."programme_status" NOT NULL DEFAULT \'DRAFT\', "published" boolean NOT NULL DEFAULT false, "currency" character(3) NOT NULL DEFAULT \'EUR\', "languages" character varying(8) array NOT NULL DEFAULT \'{}\', CONSTRAINT "UQ_0cb721fe5a34b811494fb228d98" UNIQUE ("code"), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6dbafed271a23f41f9e2aa5f4d" ON "programme"  ("status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_side" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programmeId" uuid NOT NULL, "name" character varying(120) NOT NULL, "country" character(2) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_d31d37f00e5c197577ef643b32b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d6475299f023ce12805bf969a6" ON "programme_side"  ("programmeId", "position") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"partner_role\" AS ENUM('LEAD', 'PARTNER', 'ASSOCIATED')",
    );
    await queryRunner.query(
      'CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT \'1\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programmeId" uuid NOT NULL, "organisationId" uuid NOT NULL, "sideId" uuid NOT NULL, "role" "public"."partner_role" NOT NULL, CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1a340cf124718455dac29c3aa3" ON "partner"  ("organisationId") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a6b0ad9bf353a1c87829b31ecd" ON "partner"  ("sideId") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3be72138f6b26d638e311c094f" ON "partner"  ("programmeId", "organisationId") ',
    );
    await queryRunner.query(
      'CREATE TABLE "programme_coordinator" ("programmeId" uuid NOT NULL, "userId" uuid NOT NULL, CONSTRAINT "PK_5e42204d131f5183bfb6bdd67fb" PRIMARY KEY ("programmeId", "userId"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_500ae03b289bcf7e0992b5455e" ON "programme_coordinator"  ("userId") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation" ADD CONSTRAINT "FK_e0cce4f368b593650f8ecb27e8d" FOREIGN KEY ("parentId") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_account" ADD CONSTRAINT "FK_7080e172361427f54d0ce1e86f9" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_616f40b325155a0359ff0adb2fd" FOREIGN KEY ("associationId") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_3b4b41597707b13086e71727422" FOREIGN KEY ("memberId") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_side" ADD CONSTRAINT "FK_33efe8b100b958a90483b2c4137" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partner" ADD CONSTRAINT "FK_c5c3354d9e854528807fd65f838" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partner" ADD CONSTRAINT "FK_1a340cf124718455dac29c3aa37" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partner" ADD CONSTRAINT "FK_a6b0ad9bf353a1c87829b31ecdd" FOREIGN KEY ("sideId") REFERENCES "programme_side"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_coordinator" ADD CONSTRAINT "FK_84204cf7ad9d1505dba947e47eb" FOREIGN KEY ("programmeId") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_coordinator" ADD CONSTRAINT "FK_500ae03b289bcf7e0992b5455e8" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Directory search matches any part of a name; a trigram index keeps that fast.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_search" ON "organisation" USING gin (lower("name" || ' ' || coalesce("nameEn", '')) gin_trgm_ops)`,
    );
    // The audit log is append-only for everyone, the application's own role included.
    await queryRunner.query(
      `CREATE FUNCTION audit_entry_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit entries cannot be changed or removed'; END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_immutable()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_immutable()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entry_no_truncate ON "audit_entry"');
    await queryRunner.query('DROP TRIGGER audit_entry_no_change ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION audit_entry_immutable()');
    await queryRunner.query('DROP INDEX "IDX_organisation_search"');
    await queryRunner.query(
      'ALTER TABLE "programme_coordinator" DROP CONSTRAINT "FK_500ae03b289bcf7e0992b5455e8"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_coordinator" DROP CONSTRAINT "FK_84204cf7ad9d1505dba947e47eb"',
    );
    await queryRunner.query(
      'ALTER TABLE "partner" DROP CONSTRAINT "FK_a6b0ad9bf353a1c87829b31ecdd"',
    );
    await queryRunner.query(
      'ALTER TABLE "partner" DROP CONSTRAINT "FK_1a340cf124718455dac29c3aa37"',
    );
    await queryRunner.query(
      'ALTER TABLE "partner" DROP CONSTRAINT "FK_c5c3354d9e854528807fd65f838"',
    );
    await queryRunner.query(
      'ALTER TABLE "programme_side" DROP CONSTRAINT "FK_33efe8b100b958a90483b2c4137"',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" DROP CONSTRAINT "FK_3b4b41597707b13086e71727422"',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" DROP CONSTRAINT "FK_616f40b325155a0359ff0adb2fd"',
    );
    await queryRunner.query(
      'ALTER TABLE "session" DROP CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53"',
    );
    await queryRunner.query(
      'ALTER TABLE "user_account" DROP CONSTRAINT "FK_7080e172361427f54d0ce1e86f9"',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation" DROP CONSTRAINT "FK_e0cce4f368b593650f8ecb27e8d"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_500ae03b289bcf7e0992b5455e"');
    await queryRunner.query('DROP TABLE "programme_coordinator"');
    await queryRunner.query('DROP INDEX "public"."IDX_3be72138f6b26d638e311c094f"');
    await queryRunner.query('DROP INDEX "public"."IDX_a6b0ad9bf353a1c87829b31ecd"');
    await queryRunner.query('DROP INDEX "public"."IDX_1a340cf124718455dac29c3aa3"');
    await queryRunner.query('DROP TABLE "partner"');
    await queryRunner.query('DROP TYPE "public"."partner_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_d6475299f023ce12805bf969a6"');
    await queryRunner.query('DROP TABLE "programme_side"');
    await queryRunner.query('DROP INDEX "public"."IDX_6dbafed271a23f41f9e2aa5f4d"');
    await queryRunner.query('DROP TABLE "programme"');
    await queryRunner.query('DROP TYPE "public"."programme_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_98a9a7505dc7c960f8cd62fc1e"');
    await queryRunner.query('DROP INDEX "public"."IDX_3b4b41597707b13086e7172742"');
    await queryRunner.query('DROP INDEX "public"."IDX_616f40b325155a0359ff0adb2f"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP TABLE "sign_in_throttle"');
    await queryRunner.query('DROP INDEX "public"."IDX_295ba696d302b693bdd897a7ae"');
    await queryRunner.query('DROP INDEX "public"."IDX_3d2f174ef04fb312fdebd0ddc5"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_7080e172361427f54d0ce1e86f"');
    await queryRunner.query('DROP INDEX "public"."IDX_2790228906f77da6eed95b1cc9"');
    await queryRunner.query('DROP TABLE "user_account"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_4ff3f896d894540ce99c1fc672"');
    await queryRunner.query('DROP INDEX "public"."IDX_e0cce4f368b593650f8ecb27e8"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP TYPE "public"."organisation_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_4ab466a7d06ff8d7c903d90248"');
    await queryRunner.query('DROP INDEX "public"."IDX_b68dcc794cea3a97d59a0b8771"');
    await queryRunner.query('DROP INDEX "public"."IDX_16e974357664a336146e08efb4"');
    await queryRunner.query('DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"');
    await queryRunner.query('DROP TABLE "audit_entry"');
    await queryRunner.query('DROP TYPE "public"."audit_action"');
  }
}
