import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { issuePath, NotificationKind, programmePath, Role } from '@spilno/shared';
import { ReportingPeriod } from '../../src/modules/progress-reports/reporting-period.entity';
import type { User } from '../../src/modules/users/user.entity';
import { useCast } from '../cast-world';
import { buildUser } from '../factories';
import type { TestApp } from '../graphql';
import { issueInput, RAISE_ISSUE } from '../monitoring-documents';
import { ids, told } from '../notification-support';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import { reportSteps } from '../report-steps';

let app: TestApp;
let cast: Cast;
let p: CastProgramme;
let plColleague: User;

useCast((world) => ({ app, cast } = world));
const { draft, submit } = reportSteps(() => ({ app, cast }));

beforeAll(async () => {
  p = await castProgramme(app, cast);
  plColleague = await buildUser(app.dataSource, {
    role: Role.PARTNER,
    organisationId: cast.pl.id,
    language: 'en',
  });
  await app.dataSource.getRepository(ReportingPeriod).save([
    {
      programmeId: p.programme.id,
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
      dueOn: '2026-07-15',
    },
    {
      programmeId: p.programme.id,
      startsOn: '2026-07-01',
      endsOn: '2026-12-31',
      dueOn: '2027-01-15',
    },
  ]);
  // The UA partner reports the first half-year; the PL partner does not.
  await submit(await draft(p));
});

const remind = (at: string) => app.services.notifications.remind(new Date(at));
const dueRows = () =>
  told(app, NotificationKind.REPORT_DUE, programmePath(p.programme.id, 'reports'));

describe('reminders of reports', () => {
  it('tell the staff of partners that have not reported, once a week before and once when late', async () => {
    expect(await remind('2026-07-07T06:00:00Z')).toBe(0);
    expect(await dueRows()).toEqual([]);

    // A week before the due date: the PL partner's staff, in their languages.
    expect(await remind('2026-07-08T06:00:00Z')).toBe(2);
    const soon = await dueRows();
    expect(ids(soon)).toEqual([cast.users.neighbour.id, plColleague.id].sort());
    expect(soon.find((row) => row.userId === plColleague.id)?.body).toContain('due in 7 days');
    expect(soon.find((row) => row.userId === cast.users.neighbour.id)?.body).toContain(
      'слід подати за 7 днів',
    );
    // The job running again the same day (or on another instance) tells nobody twice.
    expect(await remind('2026-07-08T06:00:00Z')).toBe(0);
    expect(await remind('2026-07-08T18:00:00Z')).toBe(0);

    // Late: once, however many days it stays late.
    expect(await remind('2026-07-16T06:00:00Z')).toBe(2);
    expect(await remind('2026-07-17T06:00:00Z')).toBe(0);
    const rows = await dueRows();
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row.body.includes('is late'))).toHaveLength(1);
    // Those who reported are never reminded.
    expect(ids(rows)).not.toContain(cast.users.partner.id);
  });

  it('tell the coordinators of an open issue nobody took on for 14 days, once', async () => {
    const { raiseIssue: issue } = await cast.clients.partner.ok<{ raiseIssue: { id: string } }>(
      RAISE_ISSUE,
      { programmeId: p.programme.id, input: issueInput() },
    );
    await app.dataSource.query(
      `UPDATE monitoring_issue SET "createdAt" = '2026-07-01T09:00:00Z' WHERE id = $1`,
      [issue.id],
    );
    const waiting = async () =>
      (await told(app, NotificationKind.ISSUE_RAISED, issuePath(p.programme.id, issue.id))).filter(
        (row) => row.title.startsWith('Питання без відповідального'),
      );
    await remind('2026-07-14T06:00:00Z');
    expect(await waiting()).toEqual([]);
    await remind('2026-07-15T10:00:00Z');
    await remind('2026-07-16T06:00:00Z');
    expect(ids(await waiting())).toEqual([cast.users.coordinator.id]);
  });
});
