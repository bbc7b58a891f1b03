import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

let embedded: EmbeddedDatabase;
const clients: Client[] = [];

beforeAll(async () => {
  // One pool connection, so the socket has room for two clients beside it.
  embedded = await startEmbeddedDatabase(undefined, 1);
  for (let i = 0; i < 3; i += 1) {
    const client = new Client({
      host: embedded.socketDir,
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
    });
    await client.connect();
    clients.push(client);
  }
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end()));
  await embedded.stop();
});

it('keeps a parameterised statement whole while other connections send queries', async () => {
  const [writer, ...others] = clients as [Client, Client, Client];
  await writer.query('CREATE TABLE probe (id integer PRIMARY KEY, label text)');
  let writing = true;
  // Transactions and single queries from the other connections, each sent as soon as the last
  // is answered: without whole rows, nearly every parameterised insert below is broken into.
  const readers = others.map(async (client) => {
    let transactions = 0;
    while (writing) {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query('SELECT count(*) FROM probe');
      await client.query('COMMIT');
      await client.query('SELECT 1');
      transactions += 1;
    }
    return transactions;
  });
  const failures: string[] = [];
  for (let id = 0; id < 300; id += 1) {
    try {
      await writer.query('INSERT INTO probe (id, label) VALUES ($1, $2)', [id, `row ${id}`]);
      const { rows } = await writer.query<{ label: string }>(
        'SELECT label FROM probe WHERE id = $1',
        [id],
      );
      if (rows[0]?.label !== `row ${id}`) failures.push(`row ${id} read back as ${rows[0]?.label}`);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  writing = false;
  const transactions = await Promise.all(readers);
  expect(failures).toEqual([]);
  expect(Math.min(...transactions)).toBeGreaterThan(10);
});
