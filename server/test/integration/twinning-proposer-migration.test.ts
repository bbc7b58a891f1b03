import 'reflect-metadata';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { Database } from '../../src/database/data-source';
import { TwinningProposer1796276268578 } from '../../src/database/migrations/1796276268578-TwinningProposer';
import { buildOrganisation, buildUser } from '../factories';
import { openTestDatabase } from '../db';

let db: Database;
let ds: DataSource;
beforeAll(async () => {
  db = await openTestDatabase();
  ds = db.dataSource;
});
afterAll(() => db?.close());

/** A relation as it was stored before proposers were recorded, with its first step. */
async function oldRelation(a: string, b: string, authorId: string | null): Promise<string> {
  const [row] = await ds.query<{ id: string }[]>(
    `INSERT INTO twinning_relation ("organisationAId", "organisationBId", kind, status, since)
     VALUES ($1, $2, 'MEMORANDUM', 'PROPOSED', '2024-05-01') RETURNING id`,
    [a, b],
  );
  const id = row?.id ?? '';
  await ds.query(
    `INSERT INTO twinning_status_change ("relationId", "toStatus", "effectiveOn", "authorId")
     VALUES ($1, 'PROPOSED', '2024-05-01', $2)`,
    [id, authorId],
  );
  return id;
}

it('backfills who proposed each existing relation from its history and audit log', async () => {
  // Made through today's entities, so before the schema goes back to an older shape.
  const [a, b, c] = [
    await buildOrganisation(ds),
    await buildOrganisation(ds),
    await buildOrganisation(ds),
  ];
  const partnerOfB = await buildUser(ds, { role: Role.PARTNER, organisationId: b.id });
  const partnerOfC = await buildUser(ds, { role: Role.PARTNER, organisationId: c.id });
  const coordinator = await buildUser(ds, { role: Role.COORDINATOR });
  const d = await buildOrganisation(ds);
  // Back to the schema before the migration, everything after it included.
  const name = new TwinningProposer1796276268578().name;
  for (;;) {
    const applied = await ds.query<{ name: string }[]>('SELECT name FROM migrations');
    if (!applied.some((m) => m.name === name)) break;
    await ds.undoLastMigration({ transaction: 'each' });
  }
  const byB = await oldRelation(a.id, b.id, partnerOfB.id);
  const byCoordinator = await oldRelation(a.id, c.id, coordinator.id);
  const byThirdParty = await oldRelation(b.id, c.id, null);
  // Its history lost its author; the audit log still names a partner of C as its creator.
  await ds.query(
    `INSERT INTO audit_entry ("actorId", action, "entityType", "entityId")
     VALUES ($1, 'CREATE', 'TwinningRelation', $2)`,
    [partnerOfC.id, byThirdParty],
  );
  const authorless = await oldRelation(c.id, d.id, null);

  await ds.runMigrations({ transaction: 'each' });
  const rows = await ds.query<{ id: string; proposingOrganisationId: string }[]>(
    'SELECT id, "proposingOrganisationId" FROM twinning_relation',
  );
  const proposer = new Map(rows.map((r) => [r.id, r.proposingOrganisationId]));
  expect(proposer.get(byB)).toBe(b.id);
  expect(proposer.get(byCoordinator)).toBe(a.id);
  expect(proposer.get(byThirdParty)).toBe(c.id);
  expect(proposer.get(authorless)).toBe(c.id);
  // A proposer is always one of the two.
  await expect(
    ds.query('UPDATE twinning_relation SET "proposingOrganisationId" = $1 WHERE id = $2', [
      c.id,
      byB,
    ]),
  ).rejects.toThrow(/CHK_twinning_relation_proposer/);
});
