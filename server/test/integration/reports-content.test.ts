import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ActionStatus, EventStatus, EventType, IndicatorSource } from '@spilno/shared';
import type { Action } from '../../src/modules/action-plan/action.entity';
import { useCast } from '../cast-world';
import { buildAction, buildEvent, buildIndicator, buildProgressNote } from '../factories';
import type { TestApp } from '../graphql';
import { castProgramme, type Cast, type CastProgramme } from '../programme-cast';
import {
  CREATE_REPORT,
  REPORT_CONTENT,
  reportInput,
  REVIEW_REPORT,
  SUBMIT_REPORT,
  type ReportData,
} from '../report-documents';

let app: TestApp;
let cast: Cast;

useCast((world) => ({ app, cast } = world));

/** A progress note written at a given instant. */
async function noteAt(
  action: Action,
  at: string,
  from: [number, ActionStatus],
  to: [number, ActionStatus],
  note: string | null = null,
) {
  const saved = await buildProgressNote(app.dataSource, action, cast.users.partner, {
    fromProgress: from[0],
    fromStatus: from[1],
    toProgress: to[0],
    toStatus: to[1],
    note,
  });
  await app.dataSource.query('UPDATE action_progress_note SET at = $2 WHERE id = $1', [
    saved.id,
    at,
  ]);
}

const { PLANNED, IN_PROGRESS, DONE } = ActionStatus;

/**
 * A programme whose UA partner, in the first half of 2026, moved two of its actions on,
 * held two events (one at 22:00 on 30 June in São Paulo, already 1 July in UTC) and
 * around which lies everything the report must leave out.
 */
async function knownProgramme() {
  const p = await castProgramme(app, cast);
  const ds = app.dataSource;
  const id = p.programme.id;
  const ua = { responsible: [p.uaPartner] };
  const tenth = await buildAction(ds, id, { ...ua, code: '2.10', title: 'Семінар' });
  await noteAt(tenth, '2025-12-31T23:00:00Z', [0, PLANNED], [10, IN_PROGRESS], 'Раніше');
  await noteAt(tenth, '2026-02-01T09:00:00Z', [10, IN_PROGRESS], [30, IN_PROGRESS], 'Почали');
  await noteAt(tenth, '2026-05-01T09:00:00Z', [30, IN_PROGRESS], [60, IN_PROGRESS], 'Половина');
  const ninth = await buildAction(ds, id, { ...ua, code: '2.9', title: 'Конференція' });
  await noteAt(ninth, '2026-03-01T12:00:00Z', [0, PLANNED], [100, DONE], null);
  const theirs = await buildAction(ds, id, { responsible: [p.plPartner], code: '3' });
  await noteAt(theirs, '2026-03-01T12:00:00Z', [0, PLANNED], [50, IN_PROGRESS]);
  const later = await buildAction(ds, id, { ...ua, code: '4' });
  await noteAt(later, '2026-07-02T12:00:00Z', [0, PLANNED], [20, IN_PROGRESS]);

  const held = { status: EventStatus.HELD, organiserPartnerId: p.uaPartner.id };
  const roundTable = await buildEvent(ds, id, {
    ...held,
    title: 'Круглий стіл у Харкові',
    attendees: [
      { sideId: p.uaSide.id, count: 10 },
      { sideId: p.plSide.id, count: 5 },
    ],
  });
  const evening = await buildEvent(ds, id, {
    ...held,
    type: EventType.WORKSHOP,
    title: 'Online workshop',
    startsAt: new Date('2026-07-01T01:00:00Z'),
    endsAt: new Date('2026-07-01T02:00:00Z'),
    timeZone: 'America/Sao_Paulo',
    attendees: [
      { sideId: p.uaSide.id, count: 3 },
      { sideId: p.plSide.id, count: 7 },
    ],
  });
  // Left out: held on 1 July in Kyiv, though still 30 June in UTC; planned; the
  // neighbour's; before the period.
  await buildEvent(ds, id, {
    ...held,
    type: EventType.CONFERENCE,
    startsAt: new Date('2026-06-30T22:00:00Z'),
    endsAt: new Date('2026-06-30T23:00:00Z'),
  });
  await buildEvent(ds, id, { organiserPartnerId: p.uaPartner.id, status: EventStatus.PLANNED });
  await buildEvent(ds, id, {
    status: EventStatus.HELD,
    organiserPartnerId: p.plPartner.id,
    attendees: [{ sideId: p.plSide.id, count: 20 }],
  });
  await buildEvent(ds, id, {
    ...held,
    startsAt: new Date('2025-12-31T10:00:00Z'),
    endsAt: new Date('2025-12-31T12:00:00Z'),
  });

  const held5 = await buildIndicator(ds, id, {
    name: 'Заходів проведено',
    source: IndicatorSource.EVENTS_HELD,
    target: 10,
  });
  const plPeople = await buildIndicator(ds, id, {
    name: 'Учасників із сусідньої області',
    source: IndicatorSource.ATTENDEES,
    sideId: p.plSide.id,
    target: 100,
  });
  const entered = await buildIndicator(ds, id, { name: 'Угод підписано', achieved: 4, target: 6 });
  const conferences = await buildIndicator(ds, id, {
    name: 'Конференцій',
    source: IndicatorSource.EVENTS_HELD,
    eventTypes: [EventType.CONFERENCE],
    target: 2,
  });
  return { p, tenth, ninth, roundTable, evening, held5, plPeople, entered, conferences };
}

type Known = Awaited<ReturnType<typeof knownProgramme>>;

function expectedContent(k: Known) {
  return {
    actions: [
      {
        actionId: k.ninth.id,
        code: '2.9',
        title: 'Конференція',
        fromProgress: 0,
        toProgress: 100,
        fromStatus: 'PLANNED',
        toStatus: 'DONE',
        notes: [{ progress: 100, status: 'DONE', note: null }],
      },
      {
        actionId: k.tenth.id,
        code: '2.10',
        title: 'Семінар',
        fromProgress: 10,
        toProgress: 60,
        fromStatus: 'IN_PROGRESS',
        toStatus: 'IN_PROGRESS',
        notes: [
          { progress: 30, status: 'IN_PROGRESS', note: 'Почали' },
          { progress: 60, status: 'IN_PROGRESS', note: 'Половина' },
        ],
      },
    ],
    events: [
      {
        eventId: k.roundTable.id,
        title: 'Круглий стіл у Харкові',
        type: 'ROUND_TABLE',
        venue: 'Харків',
        totalAttendees: 15,
        attendees: [
          { sideId: k.p.uaSide.id, sideName: 'Харківська область', count: 10 },
          { sideId: k.p.plSide.id, sideName: 'Neighbour region', count: 5 },
        ],
      },
      {
        eventId: k.evening.id,
        title: 'Online workshop',
        type: 'WORKSHOP',
        venue: 'Харків',
        totalAttendees: 10,
        attendees: [
          { sideId: k.p.uaSide.id, sideName: 'Харківська область', count: 3 },
          { sideId: k.p.plSide.id, sideName: 'Neighbour region', count: 7 },
        ],
      },
    ],
    attendeesBySide: [
      { sideId: k.p.uaSide.id, sideName: 'Харківська область', count: 13 },
      { sideId: k.p.plSide.id, sideName: 'Neighbour region', count: 12 },
    ],
    indicators: [
      {
        indicatorId: k.held5.id,
        name: 'Заходів проведено',
        source: 'EVENTS_HELD',
        target: 10,
        achieved: 5,
        inPeriod: 2,
      },
      {
        indicatorId: k.plPeople.id,
        name: 'Учасників із сусідньої області',
        source: 'ATTENDEES',
        target: 100,
        achieved: 32,
        inPeriod: 12,
      },
      {
        indicatorId: k.entered.id,
        name: 'Угод підписано',
        source: 'ENTERED',
        target: 6,
        achieved: 4,
        inPeriod: null,
      },
      {
        indicatorId: k.conferences.id,
        name: 'Конференцій',
        source: 'EVENTS_HELD',
        target: 2,
        achieved: 1,
        inPeriod: 0,
      },
    ],
  };
}

interface Content {
  frozenAt: string | null;
  actions: unknown[];
  events: unknown[];
}

async function contentOf(reportId: string) {
  const data = await cast.clients.coordinator.ok<{ progressReport: { content: Content } }>(
    REPORT_CONTENT,
    { id: reportId },
  );
  return data.progressReport.content;
}

async function draftFor(p: CastProgramme): Promise<ReportData> {
  const data = await cast.clients.partner.ok<{ createProgressReport: ReportData }>(CREATE_REPORT, {
    programmeId: p.programme.id,
    partnerId: p.uaPartner.id,
    input: reportInput(),
  });
  return data.createProgressReport;
}

describe('the content filled in from the period', () => {
  it('lists the partner’s progress, events held, attendees per side and indicators', async () => {
    const known = await knownProgramme();
    const report = await draftFor(known.p);
    expect(await contentOf(report.id)).toEqual({ frozenAt: null, ...expectedContent(known) });
  });

  it('is frozen on submission: later changes to the plan and events do not rewrite it', async () => {
    const known = await knownProgramme();
    const ds = app.dataSource;
    const report = await draftFor(known.p);
    const submitted = (
      await cast.clients.partner.ok<{ submitProgressReport: ReportData }>(SUBMIT_REPORT, {
        id: report.id,
        version: report.version,
      })
    ).submitProgressReport;
    await ds.query('UPDATE action SET title = $2 WHERE id = $1', [known.ninth.id, 'Перейменовано']);
    await noteAt(known.tenth, '2026-06-01T09:00:00Z', [60, IN_PROGRESS], [80, IN_PROGRESS]);
    await ds.query(`UPDATE event SET status = 'CANCELLED' WHERE id = $1`, [known.roundTable.id]);
    await ds.query('UPDATE programme_side SET name = $2 WHERE id = $1', [
      known.p.plSide.id,
      'Renamed',
    ]);

    const frozen = await contentOf(report.id);
    expect(frozen).toEqual({ frozenAt: submitted.submittedAt, ...expectedContent(known) });

    // Sent back, the report is being written again: its content is live once more.
    await cast.clients.coordinator.ok(REVIEW_REPORT, {
      id: submitted.id,
      version: submitted.version,
      decision: 'REQUEST_CHANGES',
      comment: 'Оновіть звіт',
    });
    const live = await contentOf(report.id);
    expect(live.frozenAt).toBeNull();
    expect(live.actions).toContainEqual(
      expect.objectContaining({ code: '2.9', title: 'Перейменовано' }),
    );
    expect(live.actions).toContainEqual(expect.objectContaining({ code: '2.10', toProgress: 80 }));
    expect(live.events).toHaveLength(1);
  });

  it('computes the content of many reports in a fixed number of statements', async () => {
    const small = await statementsForReports(1);
    const large = await statementsForReports(6);
    expect(large).toBe(small);
  });
});

const REPORTS_WITH_CONTENT = `query ($programmeId: ID!) {
  progressReports(programmeId: $programmeId) {
    id content { actions { code } events { title } indicators { achieved inPeriod } }
  }
}`;

/** Statements the coordinator's list of `count` draft reports with their content costs. */
async function statementsForReports(count: number): Promise<number> {
  const p = await castProgramme(app, cast);
  await buildEvent(app.dataSource, p.programme.id, {
    status: EventStatus.HELD,
    organiserPartnerId: p.uaPartner.id,
  });
  await buildIndicator(app.dataSource, p.programme.id, { source: IndicatorSource.EVENTS_HELD });
  for (let i = 0; i < count; i += 1) {
    const month = String(i + 1).padStart(2, '0');
    await cast.clients.partner.ok(CREATE_REPORT, {
      programmeId: p.programme.id,
      partnerId: p.uaPartner.id,
      input: reportInput({ periodStart: `2026-${month}-01`, periodEnd: `2026-${month}-28` }),
    });
  }
  const logger = app.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let statements = 0;
  logger.logQuery = (...args) => {
    statements += 1;
    return original(...args);
  };
  try {
    const data = await cast.clients.coordinator.ok<{ progressReports: unknown[] }>(
      REPORTS_WITH_CONTENT,
      { programmeId: p.programme.id },
    );
    expect(data.progressReports).toHaveLength(count);
  } finally {
    logger.logQuery = original;
  }
  return statements;
}
