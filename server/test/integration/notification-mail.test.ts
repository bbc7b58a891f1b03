import 'reflect-metadata';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmailFrequency, progressReportPath, Role } from '@spilno/shared';
import type { User } from '../../src/modules/users/user.entity';
import { buildCast, castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { buildUser } from '../factories';
import { startTestApp, type TestApp } from '../graphql';
import { reportInput } from '../report-documents';
import { reportSteps } from '../report-steps';
import { rawHeader, recipientsOf, startMailbox, type TestMailbox } from '../smtp';

const PUBLIC_URL = 'https://spilno.example.org';

let mailbox: TestMailbox;
let app: TestApp;
let cast: Cast;
let p: CastProgramme;
/** A second coordinator of `p`, who reads English. */
let coordinatorEn: User;

const { draft, submit } = reportSteps(() => ({ app, cast }));

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startTestApp({
    mail: {
      smtpUrl: mailbox.url,
      from: 'Spilno <noreply@spilno.example.org>',
      publicUrl: PUBLIC_URL,
      secret: crypto.randomBytes(32),
    },
  });
  cast = await buildCast(app);
  coordinatorEn = await buildUser(app.dataSource, { role: Role.COORDINATOR, language: 'en' });
  p = await castProgramme(app, cast);
  await app.dataSource.query(
    'INSERT INTO programme_coordinator ("programmeId", "userId") VALUES ($1, $2)',
    [p.programme.id, coordinatorEn.id],
  );
});

afterAll(async () => {
  await app?.close();
  await mailbox?.close();
});

/** Delivers what is queued, then the messages that arrived meanwhile. */
async function sent(): Promise<typeof mailbox.messages> {
  const before = mailbox.messages.length;
  await app.services.notifications.drain();
  return mailbox.messages.slice(before);
}

describe('notification e-mail', () => {
  it('goes at once to each recipient, in their language, with the link and a one-click unsubscribe', async () => {
    const report = await submit(await draft(p));
    const mails = await sent();
    expect(mails.flatMap(recipientsOf).sort()).toEqual(
      [cast.users.coordinator.email, coordinatorEn.email].sort(),
    );
    const link = `${PUBLIC_URL}${progressReportPath(p.programme.id, report.id)}`;
    const uk = mails.find((mail) => recipientsOf(mail).includes(cast.users.coordinator.email));
    const en = mails.find((mail) => recipientsOf(mail).includes(coordinatorEn.email));
    expect(uk?.subject).toMatch(/^Подано звіт: /);
    expect(uk?.text).toContain('Партнер подав звіт');
    expect(en?.subject).toMatch(/^Report submitted: /);
    expect(en?.text).toContain(`Open: ${link}`);
    expect(en?.html).toBe(false);
    expect(uk?.from?.value[0]?.address).toBe('noreply@spilno.example.org');

    if (!en) throw new Error('no English mail');
    expect(rawHeader(en, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /^<(.+)>$/.exec(rawHeader(en, 'List-Unsubscribe') ?? '')?.[1] ?? '';
    expect(unsubscribe.startsWith(`${PUBLIC_URL}/notifications/unsubscribe/`)).toBe(true);
    expect(en.text).toContain(unsubscribe);
    const target = new URL(new URL(unsubscribe).pathname, app.url);

    // Opening the link changes nothing; a forged token is refused.
    expect((await fetch(target)).status).toBe(200);
    const forged = new URL(
      target.pathname.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      app.url,
    );
    expect((await fetch(forged, { method: 'POST' })).status).toBe(404);
    const stored = () =>
      app.dataSource.query<{ emailFrequency: string }[]>(
        'SELECT "emailFrequency" FROM user_account WHERE id = $1',
        [coordinatorEn.id],
      );
    expect(await stored()).toEqual([{ emailFrequency: EmailFrequency.IMMEDIATE }]);
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect(await stored()).toEqual([{ emailFrequency: EmailFrequency.OFF }]);

    // The next report reaches the English coordinator in the app only.
    const partnerPl = p.plPartner.id;
    await submit(await draft(p, cast.clients.neighbour, partnerPl), cast.clients.neighbour);
    const next = await sent();
    expect(next.flatMap(recipientsOf)).toEqual([cast.users.coordinator.email]);
    const [row] = await app.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notification WHERE "userId" = $1',
      [coordinatorEn.id],
    );
    expect(row?.n).toBe(2);
  });

  it('gathers a day’s notifications of digest readers into one mail, grouped by programme', async () => {
    const reader = await buildUser(app.dataSource, {
      role: Role.COORDINATOR,
      language: 'en',
      emailFrequency: EmailFrequency.DAILY_DIGEST,
    });
    const other = await castProgramme(app, cast, { title: 'Друга програма' });
    await app.dataSource.query(
      `INSERT INTO programme_coordinator ("programmeId", "userId") VALUES ($1, $3), ($2, $3)`,
      [p.programme.id, other.programme.id, reader.id],
    );
    await app.dataSource.query(
      `UPDATE programme SET translations = '[{"language":"en","title":"Second programme"}]'
        WHERE id = $1`,
      [other.programme.id],
    );
    await submit(
      await draft(
        p,
        cast.clients.partner,
        p.uaPartner.id,
        reportInput({ periodStart: '2026-07-01', periodEnd: '2026-12-31' }),
      ),
    );
    await submit(await draft(other));
    // Nothing goes to the digest reader at once.
    expect((await sent()).flatMap(recipientsOf)).not.toContain(reader.email);

    const before = mailbox.messages.length;
    expect(await app.services.notifications.sendDigests()).toBeGreaterThanOrEqual(1);
    const digests = mailbox.messages
      .slice(before)
      .filter((mail) => recipientsOf(mail).includes(reader.email));
    expect(digests).toHaveLength(1);
    const text = digests[0]?.text ?? '';
    expect(digests[0]?.subject).toBe('Spilno: 2 notifications today');
    const first = text.indexOf('Прикордонне співробітництво\n====');
    const second = text.indexOf('Second programme\n====');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(-1);
    expect(text.match(/Report submitted: /g)).toHaveLength(2);
    expect(rawHeader(digests[0]!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // Sent once: the next day's digest has nothing of these.
    const again = mailbox.messages.length;
    await app.services.notifications.sendDigests();
    expect(
      mailbox.messages.slice(again).filter((mail) => recipientsOf(mail).includes(reader.email)),
    ).toEqual([]);
  });
});
