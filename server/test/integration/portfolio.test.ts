import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import {
  ActionStatus,
  ErrorCode,
  EventStatus,
  ProgrammeStatus,
  ReportStatus,
} from '@spilno/shared';
import { ReportingPeriod } from '../../src/modules/progress-reports/reporting-period.entity';
import { useCast } from '../cast-world';
import { buildAction, buildEvent, buildProgramme } from '../factories';
import type { TestApp } from '../graphql';
import { PORTFOLIO, type PortfolioEntry } from '../dashboard-documents';
import { castProgramme, type Cast, type Member } from '../programme-cast';
import { buildReport } from '../report-factories';
import { countStatements } from '../statements';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

async function portfolioOf(member: Member): Promise<PortfolioEntry[]> {
  return (await cast.clients[member].ok<{ portfolio: PortfolioEntry[] }>(PORTFOLIO)).portfolio;
}

describe('portfolio', () => {
  it('gives each readable programme its progress, overdue work, events and late reports', async () => {
    const p = await castProgramme(app, cast);
    const ds = app.dataSource;
    await buildAction(ds, p.programme.id, { ownProgress: 80, dueOn: '2099-01-01' });
    await buildAction(ds, p.programme.id, {
      ownProgress: 20,
      status: ActionStatus.IN_PROGRESS,
      dueOn: '2020-01-01',
    });
    await buildAction(ds, p.programme.id, { status: ActionStatus.DONE, dueOn: '2020-01-01' });
    const last = new Date('2026-05-01T09:00:00Z');
    await buildEvent(ds, p.programme.id, { status: EventStatus.HELD, startsAt: last });
    await buildEvent(ds, p.programme.id, {
      status: EventStatus.HELD,
      startsAt: new Date('2026-03-01T09:00:00Z'),
    });
    await buildEvent(ds, p.programme.id, {
      startsAt: new Date('2099-03-01T09:00:00Z'),
      endsAt: new Date('2099-03-01T10:00:00Z'),
    });
    // Two partners for a past period, one of whom reported; nobody is late for a future one.
    await app.dataSource.getRepository(ReportingPeriod).save([
      {
        programmeId: p.programme.id,
        startsOn: '2025-01-01',
        endsOn: '2025-06-30',
        dueOn: '2025-07-31',
      },
      {
        programmeId: p.programme.id,
        startsOn: '2099-01-01',
        endsOn: '2099-06-30',
        dueOn: '2099-07-31',
      },
    ]);
    await buildReport(ds, p.uaPartner, {
      status: ReportStatus.SUBMITTED,
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
    });

    const entry = (await portfolioOf('observer')).find((e) => e.programme.id === p.programme.id);
    expect(entry).toEqual({
      programme: {
        id: p.programme.id,
        code: p.programme.code,
        title: p.programme.title,
        status: 'ACTIVE',
      },
      // (80 + 20 + 0) / 3
      overallProgress: 33.3,
      actions: 3,
      overdueActions: 1,
      eventsHeld: 2,
      eventsUpcoming: 1,
      lastEventAt: last.toISOString(),
      lateReports: 1,
    });
  });

  it('lists what the caller may read: drafts only for their coordinators and admins', async () => {
    const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
    const foreignDraft = await buildProgramme(app.dataSource, { status: ProgrammeStatus.DRAFT });
    const codes = async (member: Member) =>
      (await portfolioOf(member)).map((entry) => entry.programme.code);
    expect(await codes('admin')).toEqual(
      expect.arrayContaining([draft.programme.code, foreignDraft.programme.code]),
    );
    expect(await codes('coordinator')).toContain(draft.programme.code);
    expect(await codes('coordinator')).not.toContain(foreignDraft.programme.code);
    expect(await codes('observer')).not.toContain(draft.programme.code);
  });

  it('is for managers: partners are refused and anonymous callers must sign in', async () => {
    expect(await cast.clients.partner.code(PORTFOLIO)).toBe(ErrorCode.FORBIDDEN);
    expect(await cast.clients.anonymous.code(PORTFOLIO)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('costs the same number of statements for many programmes as for few', async () => {
    const before = await countStatements(app, () => portfolioOf('admin'));
    for (let i = 0; i < 5; i++) {
      const p = await castProgramme(app, cast);
      await buildAction(app.dataSource, p.programme.id);
      await buildEvent(app.dataSource, p.programme.id, { status: EventStatus.HELD });
    }
    const after = await countStatements(app, () => portfolioOf('admin'));
    expect(after.result.length).toBe(before.result.length + 5);
    expect(after.count).toBe(before.count);
  });
});
