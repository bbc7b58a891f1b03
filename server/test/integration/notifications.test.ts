import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ErrorCode,
  eventPath,
  issuePath,
  NotificationKind,
  ProgrammeStatus,
  progressReportPath,
  Role,
  twinningPath,
} from '@spilno/shared';
import type { User } from '../../src/modules/users/user.entity';
import { useCast } from '../cast-world';
import { LOG_EVENT, eventInput } from '../event-documents';
import { buildOrganisation, buildProgramme, buildUser } from '../factories';
import type { Client, TestApp } from '../graphql';
import { CHANGE_ISSUE_STATUS, RAISE_ISSUE, issueInput } from '../monitoring-documents';
import { ids, MARK_READ, NOTIFICATIONS, told, UPDATE_SETTINGS } from '../notification-support';
import { castProgramme, expectFields, type Cast, type CastProgramme } from '../programme-cast';
import { reportSteps } from '../report-steps';
import { CHANGE_STATUS, CREATE_TWINNING, twinningInput } from '../twinning-documents';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;
/** A second coordinator of `p`, who reads English. */
let coordinatorEn: User;
/** A colleague of the cast's partner at the UA council, who reads English. */
let uaColleague: User;
let colleagueClient: Client;

useCast((world) => ({ app, cast } = world));
const { draft, submit, review } = reportSteps(() => ({ app, cast }));

beforeAll(async () => {
  coordinatorEn = await buildUser(app.dataSource, { role: Role.COORDINATOR, language: 'en' });
  uaColleague = await buildUser(app.dataSource, {
    role: Role.PARTNER,
    organisationId: cast.ua.id,
    language: 'en',
  });
  colleagueClient = await app.as(uaColleague);
  p = await castProgramme(app, cast);
  await app.dataSource.query(
    'INSERT INTO programme_coordinator ("programmeId", "userId") VALUES ($1, $2)',
    [p.programme.id, coordinatorEn.id],
  );
});

describe('who is told', () => {
  it('of a submitted report: the programme’s coordinators, each in their language', async () => {
    const report = await submit(await draft(p));
    const rows = await told(
      app,
      NotificationKind.REPORT_SUBMITTED,
      progressReportPath(p.programme.id, report.id),
    );
    expect(ids(rows)).toEqual(
      ids([{ userId: cast.users.coordinator.id }, { userId: coordinatorEn.id }]),
    );
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    expect(byUser.get(cast.users.coordinator.id)?.title).toMatch(/^Подано звіт: /);
    expect(byUser.get(coordinatorEn.id)?.title).toMatch(/^Report submitted: /);
    expect(byUser.get(coordinatorEn.id)?.body).toContain('Прикордонне співробітництво');

    // The review: the partner organisation's staff, not the coordinator who reviewed it.
    const reviewed = await review(report, 'REQUEST_CHANGES', 'Додайте учасників.');
    const reviews = await told(
      app,
      NotificationKind.REPORT_REVIEWED,
      progressReportPath(p.programme.id, reviewed.id),
    );
    expect(ids(reviews)).toEqual(
      ids([{ userId: cast.users.partner.id }, { userId: uaColleague.id }]),
    );
    const colleague = reviews.find((row) => row.userId === uaColleague.id);
    expect(colleague?.body).toContain('changes requested');
  });

  it('of a raised issue: the coordinators; of its new status: the raising organisation', async () => {
    const { raiseIssue: issue } = await cast.clients.partner.ok<{
      raiseIssue: { id: string; version: number };
    }>(RAISE_ISSUE, { programmeId: p.programme.id, input: issueInput() });
    const link = issuePath(p.programme.id, issue.id);
    const raised = await told(app, NotificationKind.ISSUE_RAISED, link);
    expect(ids(raised)).toEqual(
      ids([{ userId: cast.users.coordinator.id }, { userId: coordinatorEn.id }]),
    );

    await cast.clients.coordinator.ok(CHANGE_ISSUE_STATUS, {
      id: issue.id,
      version: issue.version,
      status: 'IN_REVIEW',
    });
    const moved = await told(app, NotificationKind.ISSUE_STATUS_CHANGED, link);
    expect(ids(moved)).toEqual(
      ids([{ userId: cast.users.partner.id }, { userId: uaColleague.id }]),
    );
    expect(moved.find((row) => row.userId === uaColleague.id)?.body).toContain('“In review”');
  });

  it('of a twinning relation: both organisations’ staff and the coordinators, not the proposer', async () => {
    const { createTwinningRelation: relation } = await cast.clients.partner.ok<{
      createTwinningRelation: { id: string; version: number };
    }>(CREATE_TWINNING, {
      input: twinningInput(cast.ua.id, cast.pl.id, { programmeId: p.programme.id }),
    });
    const link = twinningPath(relation.id);
    const proposed = await told(app, NotificationKind.TWINNING_PROPOSED, link);
    expect(ids(proposed)).toEqual(
      ids([
        { userId: uaColleague.id },
        { userId: cast.users.neighbour.id },
        { userId: cast.users.coordinator.id },
        { userId: coordinatorEn.id },
      ]),
    );

    await cast.clients.coordinator.ok(CHANGE_STATUS, {
      id: relation.id,
      version: relation.version,
      status: 'ACTIVE',
    });
    const changed = await told(app, NotificationKind.TWINNING_STATUS_CHANGED, link);
    expect(ids(changed)).toEqual(
      ids([
        { userId: cast.users.partner.id },
        { userId: uaColleague.id },
        { userId: cast.users.neighbour.id },
        { userId: coordinatorEn.id },
      ]),
    );
  });

  it('of a relation in a programme still in preparation: only those who may read it', async () => {
    const [east, west] = [
      await buildOrganisation(app.dataSource, { country: 'UA' }),
      await buildOrganisation(app.dataSource, { country: 'PL' }),
    ];
    for (const organisation of [east, west]) {
      await buildUser(app.dataSource, { role: Role.PARTNER, organisationId: organisation.id });
    }
    const { programme } = await buildProgramme(app.dataSource, {
      status: ProgrammeStatus.DRAFT,
      coordinators: [cast.users.coordinator],
      partners: [east, west],
    });
    const { createTwinningRelation: relation } = await cast.clients.admin.ok<{
      createTwinningRelation: { id: string };
    }>(CREATE_TWINNING, {
      input: twinningInput(east.id, west.id, { programmeId: programme.id }),
    });
    const rows = await told(app, NotificationKind.TWINNING_PROPOSED, twinningPath(relation.id));
    // The partners' staff may not read a draft programme's relations: the coordinator alone.
    expect(ids(rows)).toEqual([cast.users.coordinator.id]);
  });

  it('of a logged event: the coordinators', async () => {
    const { logEvent: event } = await cast.clients.partner.ok<{ logEvent: { id: string } }>(
      LOG_EVENT,
      { programmeId: p.programme.id, input: eventInput({ organiserPartnerId: p.uaPartner.id }) },
    );
    const rows = await told(
      app,
      NotificationKind.EVENT_LOGGED,
      eventPath(p.programme.id, event.id),
    );
    expect(ids(rows)).toEqual(
      ids([{ userId: cast.users.coordinator.id }, { userId: coordinatorEn.id }]),
    );
  });

  it('of a write that was rolled back: nobody', async () => {
    const link = `/rolled-back/${Date.now()}`;
    await expect(
      app.dataSource.transaction(async (manager) => {
        await app.services.notifications.notify(manager, {
          kind: NotificationKind.EVENT_LOGGED,
          actorId: null,
          programmeId: p.programme.id,
          record: { type: 'Event', id: p.programme.id },
          audience: [{ coordinatorsOf: p.programme.id }],
          subject: 'x',
          link,
          key: link,
        });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await told(app, NotificationKind.EVENT_LOGGED, link)).toEqual([]);
  });
});

describe('the list and marking read', () => {
  it('counts the unread, filters them and marks one, others’ or all read', async () => {
    const client = colleagueClient;
    type Page = {
      notifications: {
        items: { id: string; readAt: string | null }[];
        total: number;
        unread: number;
      };
    };
    const before = (await client.ok<Page>(NOTIFICATIONS)).notifications;
    expect(before.total).toBeGreaterThanOrEqual(3);
    expect(before.unread).toBe(before.total);
    const [first, second] = before.items;
    if (!first || !second) throw new Error('expected notifications');

    const others = (await cast.clients.coordinator.ok<Page>(NOTIFICATIONS)).notifications;
    const theirs = others.items.map((item) => item.id);
    expect(
      (await client.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: theirs }))
        .markNotificationsRead,
    ).toBe(0);
    expect((await cast.clients.coordinator.ok<Page>(NOTIFICATIONS)).notifications.unread).toBe(
      others.unread,
    );

    expect(
      (await client.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: [first.id, first.id] }))
        .markNotificationsRead,
    ).toBe(1);
    // Marking it again changes nothing.
    expect(
      (await client.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: [first.id] }))
        .markNotificationsRead,
    ).toBe(0);
    const unread = (await client.ok<Page>(NOTIFICATIONS, { unreadOnly: true })).notifications;
    expect(unread.total).toBe(before.total - 1);
    expect(unread.unread).toBe(before.total - 1);
    expect(unread.items.map((item) => item.id)).not.toContain(first.id);

    const window = (await client.ok<Page>(NOTIFICATIONS, { limit: 1, offset: 1 })).notifications;
    expect(window.items.map((item) => item.id)).toEqual([second.id]);
    expect(window.total).toBe(before.total);

    expect(
      (await client.ok<{ markNotificationsRead: number }>(MARK_READ)).markNotificationsRead,
    ).toBe(before.total - 1);
    const after = (await client.ok<Page>(NOTIFICATIONS)).notifications;
    expect(after.unread).toBe(0);
    expect(after.items.every((item) => item.readAt !== null)).toBe(true);
  });

  it('refuses a window out of range, naming the argument', async () => {
    expectFields(await colleagueClient.request(NOTIFICATIONS, { limit: 0 }), [
      ['limit', 'out_of_range'],
    ]);
    expectFields(await colleagueClient.request(NOTIFICATIONS, { offset: -1 }), [
      ['offset', 'out_of_range'],
    ]);
    expect(await cast.clients.anonymous.code(NOTIFICATIONS)).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('the settings', () => {
  it('keeps the e-mail frequency and the language, and refuses a language Spilno does not speak', async () => {
    const client = await app.as(await buildUser(app.dataSource, { role: Role.OBSERVER }));
    const saved = await client.ok<{ updateNotificationSettings: Record<string, string> }>(
      UPDATE_SETTINGS,
      { email: 'DAILY_DIGEST', language: 'en' },
    );
    expect(saved.updateNotificationSettings).toMatchObject({
      emailFrequency: 'DAILY_DIGEST',
      language: 'en',
    });
    // Without a language it stays.
    const off = await client.ok<{ updateNotificationSettings: Record<string, string> }>(
      UPDATE_SETTINGS,
      { email: 'OFF' },
    );
    expect(off.updateNotificationSettings).toMatchObject({ emailFrequency: 'OFF', language: 'en' });
    expectFields(await client.request(UPDATE_SETTINGS, { email: 'OFF', language: 'de' }), [
      ['language', 'invalid'],
    ]);
    expect(
      (await client.request(UPDATE_SETTINGS, { email: 'WEEKLY' })).errors?.[0]?.extensions?.code,
    ).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
