import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplate, type ClonedDatabase } from '../db';
import { addAdmin, createOrganisation, graphql, signIn } from '../load';
import { spawnServer, stopServer, type ServerProcess } from '../server-process';

const ME = '{ me { id email } }';
const SIGN_OUT = 'mutation { signOut }';
const UPDATE_ORGANISATION = `mutation ($id: ID!, $version: Int!, $input: OrganisationInput!) {
  updateOrganisation(id: $id, version: $version, input: $input) { id name version }
}`;
/** Rounds of two writers of one version: a race either may win, so it is run a few times. */
const ROUNDS = 8;

// Instances behind a balancer share one PostgreSQL server; the embedded database is one process's.
describe.skipIf(process.env.TEST_DB !== 'postgres')('two server instances on one database', () => {
  let database: ClonedDatabase;
  const servers: ServerProcess[] = [];
  let a: string;
  let b: string;
  let account: { email: string; password: string };

  beforeAll(async () => {
    database = await cloneTemplate();
    account = await addAdmin(database.url);
    servers.push(spawnServer({ DATABASE_URL: database.url }));
    servers.push(spawnServer({ DATABASE_URL: database.url }));
    const urls = await Promise.all(servers.map((server) => server.listening));
    a = urls[0]!;
    b = urls[1]!;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => stopServer(server, 'SIGKILL')));
    await database?.drop();
  });

  it('share sessions: one signed in on one instance is signed in on the other, until it signs out', async () => {
    const cookie = await signIn(a, account.email, account.password);
    const onA = await graphql(a, ME, {}, cookie);
    const onB = await graphql(b, ME, {}, cookie);
    expect(onB.code).toBeNull();
    expect(onB.data).toEqual(onA.data);
    expect(onB.data).toEqual({ me: expect.objectContaining({ email: account.email }) });

    expect((await graphql(b, SIGN_OUT, {}, cookie)).code).toBeNull();
    expect((await graphql(a, ME, {}, cookie)).data).toEqual({ me: null });
  });

  it('let exactly one of two writers of the same version win, whichever instance each uses', async () => {
    const cookie = await signIn(a, account.email, account.password);
    const created = await createOrganisation(a, cookie, 'Спільна рада');
    const { id } = created.data!.createOrganisation as { id: string };
    let version = 1;
    for (let round = 0; round < ROUNDS; round += 1) {
      const write = (url: string, name: string) =>
        graphql(
          url,
          UPDATE_ORGANISATION,
          { id, version, input: { name, kind: 'CITY_COUNCIL', country: 'UA' } },
          cookie,
        );
      const answers = await Promise.all([write(a, `Рада А ${round}`), write(b, `Рада Б ${round}`)]);
      const won = answers.filter((answer) => !answer.code);
      const lost = answers.filter((answer) => answer.code);
      expect(won).toHaveLength(1);
      expect(lost.map((answer) => answer.extensions)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', currentVersion: version + 1 }),
      ]);
      version += 1;
      expect(won[0]!.data!.updateOrganisation).toMatchObject({ id, version });
    }
    // A writer that read before the last round is refused as well, on either instance.
    for (const url of [a, b]) {
      const stale = await graphql(
        url,
        UPDATE_ORGANISATION,
        {
          id,
          version: version - 1,
          input: { name: 'Застаріла', kind: 'CITY_COUNCIL', country: 'UA' },
        },
        cookie,
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version });
    }
    // Each instance reads what the other wrote.
    const read = `{ organisation(id: "${id}") { version name } }`;
    const fromA = await graphql(a, read, {}, cookie);
    const fromB = await graphql(b, read, {}, cookie);
    expect(fromA.data).toEqual(fromB.data);
    expect(fromA.data).toEqual({ organisation: expect.objectContaining({ version }) });
  });
});
