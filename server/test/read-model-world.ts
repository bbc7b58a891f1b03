import { EventType, IndicatorSource } from '@spilno/shared';
import type { Action } from '../src/modules/action-plan/action.entity';
import { buildAction, buildIndicator, buildOrganisation, buildPartner } from './factories';
import type { TestApp } from './graphql';
import { castProgramme, type Cast } from './programme-cast';

/** A programme with a third partner, two actions and an indicator of every kind and filter. */
export async function programmeWithIndicators(app: TestApp, cast: Cast) {
  const p = await castProgramme(app, cast);
  const ds = app.dataSource;
  const id = p.programme.id;
  const third = await buildOrganisation(ds, { country: 'PL' });
  const thirdPartner = await buildPartner(ds, p, third);
  const actions = [await buildAction(ds, id), await buildAction(ds, id)] as [Action, Action];
  const indicators: [IndicatorSource, Record<string, unknown>][] = [
    [IndicatorSource.EVENTS_HELD, {}],
    [IndicatorSource.EVENTS_HELD, { actionId: actions[0].id }],
    [IndicatorSource.EVENTS_HELD, { eventTypes: [EventType.WORKSHOP, EventType.CONFERENCE] }],
    [IndicatorSource.EVENTS_HELD, { actionId: actions[1].id, eventTypes: [EventType.SEMINAR] }],
    [IndicatorSource.ATTENDEES, {}],
    [IndicatorSource.ATTENDEES, { sideId: p.uaSide.id }],
    [IndicatorSource.ATTENDEES, { actionId: actions[0].id, sideId: p.plSide.id }],
    [IndicatorSource.ATTENDEES, { eventTypes: [EventType.ROUND_TABLE] }],
    [IndicatorSource.ORGANISATIONS, {}],
    [IndicatorSource.ORGANISATIONS, { actionId: actions[1].id }],
    [IndicatorSource.ORGANISATIONS, { eventTypes: [EventType.OTHER, EventType.TRAINING] }],
  ];
  for (const [index, [source, filter]] of indicators.entries()) {
    await buildIndicator(ds, id, { name: `${index} ${source}`, source, ...filter });
  }
  return { p, third, thirdPartner, actions };
}

export type Built = Awaited<ReturnType<typeof programmeWithIndicators>>;

/**
 * Events `Масова 1` … `Масова n`, one every `step` from `from`, of every type, status, zone,
 * organiser and action, in bulk, with attendance from both sides.
 */
export async function bulkEvents(
  app: TestApp,
  b: Built,
  count: number,
  from = '2022-12-31T20:00:00Z',
  step = '5 hours',
) {
  const { p, thirdPartner, actions } = b;
  await app.dataSource.query(
    `INSERT INTO event ("programmeId", type, title, "startsAt", "endsAt", "timeZone", status,
                        "organiserPartnerId", "actionId")
     SELECT $1, (enum_range(NULL::event_type))[1 + n % 8], 'Масова ' || n, t, t + interval '2 hours',
            (ARRAY['Europe/Kyiv', 'Europe/Warsaw', 'America/New_York', 'Pacific/Kiritimati'])[1 + n % 4],
            (ARRAY['HELD', 'PLANNED', 'HELD', 'CANCELLED', 'HELD']::event_status[])[1 + n % 5],
            (ARRAY[$2, $3, $4, NULL]::uuid[])[1 + n % 4], (ARRAY[$5, $6, NULL]::uuid[])[1 + n % 3]
       FROM generate_series(1, $7::int) AS n,
            LATERAL (SELECT $8::timestamptz + n * $9::interval) AS s(t)`,
    [
      p.programme.id,
      p.uaPartner.id,
      p.plPartner.id,
      thirdPartner.id,
      actions[0].id,
      actions[1].id,
      count,
      from,
      step,
    ],
  );
  await app.dataSource.query(
    `INSERT INTO event_attendance ("eventId", "sideId", count)
     SELECT e.id, s.id, 1 + (extract(hour FROM e."startsAt")::int + s.position) % 7
       FROM event e JOIN programme_side s ON s."programmeId" = e."programmeId"
      WHERE e."programmeId" = $1 AND e.title LIKE 'Масова %'`,
    [p.programme.id],
  );
}
