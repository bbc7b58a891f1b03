import { describe, expect, it } from 'vitest';
import { isReadOnly } from './read-routing';

describe('statements a replica may run', () => {
  it('takes reads, with or without a common table expression', () => {
    expect(isReadOnly('SELECT id FROM event WHERE "updatedAt" > $1')).toBe(true);
    expect(isReadOnly('  with shares AS (SELECT 1) SELECT * FROM shares')).toBe(true);
  });

  it('leaves writes, locks and sequences to the primary', () => {
    for (const sql of [
      'INSERT INTO event (id) VALUES ($1)',
      'WITH moved AS (UPDATE partner SET "sideId" = $1 RETURNING id) SELECT * FROM moved',
      'WITH gone AS (DELETE FROM session RETURNING 1) SELECT count(*) FROM gone',
      'SELECT * FROM programme WHERE id = $1 FOR UPDATE',
      'SELECT * FROM programme WHERE id = $1 FOR NO KEY UPDATE',
      'SELECT * FROM round FOR SHARE',
      "SELECT nextval('audit_seq')",
      'TRUNCATE health_probe',
    ]) {
      expect(isReadOnly(sql), sql).toBe(false);
    }
  });
});
