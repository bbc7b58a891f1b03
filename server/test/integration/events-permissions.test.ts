import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, EventStatus, ProgrammeStatus } from '@spilno/shared';
import { useCast } from '../cast-world';
import { buildAction, buildEvent } from '../factories';
import type { TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import {
  auditOf,
  castProgramme,
  CAST,
  expectFields,
  expectNoChange,
  refusal,
  rowsOf,
  type Cast,
  type CastProgramme,
  type Member,
} from '../programme-cast';
import { EVENT_QUERY, EVENTS, eventInput, LOG_EVENT, UPDATE_EVENT } from '../event-documents';

let app: TestApp;
let cast: Cast;
const programmes = {} as Record<ProgrammeStatus.ACTIVE | ProgrammeStatus.DRAFT, CastProgramme>;

useCast((world) => ({ app, cast } = world));
beforeAll(async () => {
  programmes.ACTIVE = await castProgramme(app, cast);
  programmes.DRAFT = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
});

/** Who may log or edit an event the UA partner organises: admins, coordinators, that partner. */
function organiseRefusal(member: Member, status: ProgrammeStatus): ErrorCode | undefined {
  const read = refusal(member, 'read', status);
  if (read) return read;
  return ['admin', 'coordinator', 'partner'].includes(member) ? undefined : ErrorCode.FORBIDDEN;
}

const STATUSES = [ProgrammeStatus.ACTIVE, ProgrammeStatus.DRAFT] as const;

describe.each(STATUSES)('on a %s programme', (status) => {
  describe.each(CAST)('as %s', (member) => {
    it('logEvent of an event the UA partner organises', async () => {
      const p = programmes[status];
      const expected = organiseRefusal(member, status);
      const variables = {
        programmeId: p.programme.id,
        input: eventInput({ organiserPartnerId: p.uaPartner.id }),
        idempotencyKey: `matrix-${status}-${member}`,
      };
      if (!expected) {
        type Logged = { logEvent: { id: string; organiser: { id: string } } };
        const data = await cast.clients[member].ok<Logged>(LOG_EVENT, variables);
        expect(data.logEvent.organiser.id).toBe(p.uaPartner.id);
        const repeat = await cast.clients[member].ok<Logged>(LOG_EVENT, variables);
        expect(repeat.logEvent.id).toBe(data.logEvent.id);
        return;
      }
      // A refused write keeps no key either.
      const events = async () => [
        await rowsOf(app, 'event', 'programmeId', p.programme.id),
        await rowsOf(app, 'idempotency_key', 'key', variables.idempotencyKey),
      ];
      const result = await expectNoChange(app, events, () =>
        cast.clients[member].request(LOG_EVENT, variables),
      );
      expectRefused(result, expected);
    });

    it('updateEvent of an event the UA partner organises', async () => {
      const p = programmes[status];
      const event = await buildEvent(app.dataSource, p.programme.id, {
        organiserPartnerId: p.uaPartner.id,
      });
      const expected = organiseRefusal(member, status);
      const result = await cast.clients[member].request<{ updateEvent: { version: number } }>(
        UPDATE_EVENT,
        {
          id: event.id,
          version: 1,
          input: eventInput({ organiserPartnerId: p.uaPartner.id, status: 'HELD' }),
        },
      );
      if (expected) expectRefused(result, expected);
      else expect(result.data?.updateEvent.version).toBe(2);
    });

    it('events and event', async () => {
      const p = programmes[status];
      const event = await buildEvent(app.dataSource, p.programme.id);
      const expected = refusal(member, 'read', status);
      const list = await cast.clients[member].request<{ events: { total: number } }>(EVENTS, {
        programmeId: p.programme.id,
      });
      const one = await cast.clients[member].request<{ event: { id: string } | null }>(
        EVENT_QUERY,
        { id: event.id },
      );
      if (!expected) {
        expect(list.data?.events.total).toBeGreaterThan(0);
        expect(one.data?.event?.id).toBe(event.id);
      } else {
        expectRefused(list, expected);
        if (expected === ErrorCode.NOT_FOUND) expect(one).toMatchObject({ data: { event: null } });
        else expectRefused(one, expected);
      }
    });
  });
});

describe('partners and their own events', () => {
  it('lets each side log its own events, never one the other side organises', async () => {
    const p = programmes.ACTIVE;
    const own = await cast.clients.neighbour.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({ organiserPartnerId: p.plPartner.id, timeZone: 'Europe/Warsaw' }),
    });
    expect(own.logEvent.id).toBeTruthy();
    for (const organiserPartnerId of [p.uaPartner.id, null, 'not-an-id']) {
      expect(
        await cast.clients.neighbour.code(LOG_EVENT, {
          programmeId: p.programme.id,
          input: eventInput({ organiserPartnerId }),
        }),
      ).toBe(ErrorCode.FORBIDDEN);
    }
    // Nor may the UA partner take over the neighbour's event by naming itself.
    expect(
      await cast.clients.partner.code(UPDATE_EVENT, {
        id: own.logEvent.id,
        version: 1,
        input: eventInput({ organiserPartnerId: p.uaPartner.id }),
      }),
    ).toBe(ErrorCode.FORBIDDEN);
  });

  it('checks permission before input: an observer with bad input is FORBIDDEN', async () => {
    const code = await cast.clients.observer.code(LOG_EVENT, {
      programmeId: programmes.ACTIVE.programme.id,
      input: eventInput({ title: ' ', timeZone: 'Mars/Olympus' }),
    });
    expect(code).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('input rules', () => {
  it('names every bad field at once', async () => {
    const p = programmes.ACTIVE;
    const other = await castProgramme(app, cast);
    const otherAction = await buildAction(app.dataSource, other.programme.id);
    const result = await cast.clients.coordinator.request(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        startsAt: '2026-04-14T13:00:00+03:00',
        endsAt: '2026-04-14T10:00:00+03:00',
        timeZone: 'Europe/Atlantis',
        actionId: otherAction.id,
        organiserPartnerId: other.uaPartner.id,
        attendees: [{ sideId: other.uaSide.id, count: 5 }],
      }),
    });
    expectFields(result, [
      ['input.timeZone', 'invalid'],
      ['input.endsAt', 'end_before_start'],
      ['input.organiserPartnerId', 'unknown_reference'],
      ['input.actionId', 'unknown_reference'],
      ['input.attendees.0.sideId', 'unknown_reference'],
    ]);
  });

  it('refuses negative attendees, an offset for a zone and a non-web link', async () => {
    const p = programmes.ACTIVE;
    const result = await cast.clients.coordinator.request(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        onlineLink: 'javascript:alert(1)',
        attendees: [{ sideId: p.uaSide.id, count: -1 }],
      }),
    });
    expectFields(result, [
      ['input.onlineLink', 'invalid'],
      ['input.attendees.0.count', 'out_of_range'],
    ]);
    const zone = await cast.clients.coordinator.request(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({ timeZone: '+02:00' }),
    });
    expectFields(zone, [['input.timeZone', 'invalid']]);
  });

  it('accepts an event outside the programme period (a preparatory meeting)', async () => {
    const data = await cast.clients.coordinator.ok<{ logEvent: { startsAt: string } }>(LOG_EVENT, {
      programmeId: programmes.ACTIVE.programme.id,
      input: eventInput({
        startsAt: '2025-11-20T10:00:00+02:00',
        endsAt: '2025-11-20T12:00:00+02:00',
      }),
    });
    expect(data.logEvent.startsAt).toBe('2025-11-20T08:00:00.000Z');
  });
});

describe('editing', () => {
  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const p = programmes.ACTIVE;
    const event = await buildEvent(app.dataSource, p.programme.id, {
      organiserPartnerId: p.uaPartner.id,
    });
    const input = eventInput({ organiserPartnerId: p.uaPartner.id });
    await cast.clients.partner.ok(UPDATE_EVENT, {
      id: event.id,
      version: 1,
      input: { ...input, status: EventStatus.HELD, outcomes: 'Домовились про обмін' },
    });
    const rows = () => rowsOf(app, 'event', 'id', event.id);
    const stale = await expectNoChange(app, rows, () =>
      cast.clients.coordinator.request(UPDATE_EVENT, {
        id: event.id,
        version: 1,
        input: { ...input, title: 'Інша назва' },
      }),
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      currentVersion: 2,
      updatedBy: cast.users.partner.name,
    });
  });

  it('audits creation and each change with the attendance and participants', async () => {
    const p = programmes.ACTIVE;
    const logged = await cast.clients.partner.ok<{ logEvent: { id: string } }>(LOG_EVENT, {
      programmeId: p.programme.id,
      input: eventInput({
        organiserPartnerId: p.uaPartner.id,
        attendees: [{ sideId: p.uaSide.id, count: 12 }],
        participantOrganisationIds: [cast.pl.id],
      }),
    });
    const id = logged.logEvent.id;
    await cast.clients.coordinator.ok(UPDATE_EVENT, {
      id,
      version: 1,
      input: eventInput({
        organiserPartnerId: p.uaPartner.id,
        status: 'HELD',
        attendees: [
          { sideId: p.uaSide.id, count: 14 },
          { sideId: p.plSide.id, count: 9 },
        ],
        participantOrganisationIds: [cast.pl.id],
      }),
    });
    const entries = await auditOf(app, id);
    expect(entries.map((e) => [e.action, e.entityType, e.actorId])).toEqual([
      ['CREATE', 'Event', cast.users.partner.id],
      ['UPDATE', 'Event', cast.users.coordinator.id],
    ]);
    expect(entries[1]?.changes.map((c) => c.field).sort()).toEqual(['attendees', 'status']);
  });
});
