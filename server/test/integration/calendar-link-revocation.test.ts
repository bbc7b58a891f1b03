import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@spilno/shared';
import type { User } from '../../src/modules/users/user.entity';
import { FEED_URL } from '../event-documents';
import { buildProgramme, buildUser, TEST_PASSWORD } from '../factories';
import { startTestApp, type Client, type TestApp } from '../graphql';
import { NEW_PASSWORD, RESET, row, SET_ACTIVE, UPDATE } from '../user-documents';

const CHANGE_PASSWORD =
  'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

let app: TestApp;
let admin: Client;
let programmeId: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.as(await buildUser(app.dataSource, { role: Role.ADMIN }));
  programmeId = (await buildProgramme(app.dataSource)).programme.id;
});
afterAll(() => app?.close());

/** An observer of the programme with a working secret calendar link of it. */
async function observerWithLink(): Promise<{ user: User; client: Client; link: string }> {
  const user = await buildUser(app.dataSource, { role: Role.OBSERVER });
  const client = await app.as(user);
  const { calendarFeedUrl: link } = await client.ok<{ calendarFeedUrl: string }>(FEED_URL, {
    programmeId,
  });
  expect(await status(link)).toBe(200);
  return { user, client, link };
}

/** What a calendar app gets for the link: no cookie, only the token. */
async function status(link: string): Promise<number> {
  return (await fetch(`${app.url}${link}`)).status;
}

async function version(user: User): Promise<number> {
  return (await row(app, user.id)).version;
}

describe('secret calendar links of a user', () => {
  it('stop when the user is deactivated, and stay dead after reactivation', async () => {
    const { user, link } = await observerWithLink();
    await admin.ok(SET_ACTIVE, { id: user.id, version: await version(user), active: false });
    expect(await status(link)).toBe(404);
    await admin.ok(SET_ACTIVE, { id: user.id, version: await version(user), active: true });
    expect(await status(link)).toBe(404);
  });

  it('stop when the user changes their own password', async () => {
    const { client, link } = await observerWithLink();
    await client.ok(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: NEW_PASSWORD });
    expect(await status(link)).toBe(404);
  });

  it('stop when an admin gives the user a new password', async () => {
    const { user, link } = await observerWithLink();
    await admin.ok(RESET, { id: user.id, newPassword: NEW_PASSWORD });
    expect(await status(link)).toBe(404);
  });

  it('stop when the user’s role changes', async () => {
    const { user, link } = await observerWithLink();
    await admin.ok(UPDATE, {
      id: user.id,
      version: await version(user),
      input: { role: Role.ADMIN },
    });
    expect(await status(link)).toBe(404);
  });

  it('keep working through an edit that changes no credentials or rights', async () => {
    const { user, link } = await observerWithLink();
    await admin.ok(UPDATE, {
      id: user.id,
      version: await version(user),
      input: { name: 'Renamed' },
    });
    expect(await status(link)).toBe(200);
  });

  it('of other users keep working', async () => {
    const bystander = await observerWithLink();
    const { user } = await observerWithLink();
    await admin.ok(RESET, { id: user.id, newPassword: NEW_PASSWORD });
    expect(await status(bystander.link)).toBe(200);
  });
});
