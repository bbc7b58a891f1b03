import {
  EventFormat,
  EventStatus,
  FieldMessage,
  hasStarted,
  type FieldError,
} from '@spilno/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { findOrNotFound } from '../../common/find';
import { IdempotentWrites } from '../../common/idempotency';
import { isId } from '../../common/ids';
import { pageWindow, type Page, type PageArgs } from '../../common/pagination';
import { type Policy, Partner, ProgrammeSide } from '../programmes/public';
import { canonicalTimeZone, isTimeZone } from '../../common/time-zones';
import { normaliseTranslations } from '../../common/translation';
import { validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import { Action } from '../action-plan/public';
import { AuditTrail, type AuditService } from '../audit/public';
import { Organisation } from '../organisations/public';
import type { NotificationService } from '../notifications/public';
import type { User } from '../users/public';
import { eventLogged } from './event-notices';
import { EventAttendance } from './event-attendance.entity';
import { EventParticipant } from './event-participant.entity';
import { Event } from './event.entity';
import { mayOrganiseEvent } from './event.policy';
import type { EventInput } from './event.inputs';

/** An event as the audit log sees it: its row plus its attendance and participants. */
type EventRecord = Event & {
  attendees: { sideId: string; count: number }[];
  participantOrganisationIds: string[];
};

const AUDITED: (keyof EventRecord & string)[] = [
  'type',
  'title',
  'description',
  'translations',
  'startsAt',
  'endsAt',
  'timeZone',
  'format',
  'venue',
  'onlineLink',
  'organiserPartnerId',
  'participantOrganisationIds',
  'attendees',
  'status',
  'actionId',
  'outcomes',
  'agenda',
];

export interface EventFilter {
  from?: Date | null;
  to?: Date | null;
  type?: Event['type'] | null;
}

export class EventService {
  private readonly trail: AuditTrail<EventRecord>;
  private readonly writes: IdempotentWrites;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
    private readonly notifications: NotificationService,
  ) {
    this.writes = new IdempotentWrites(dataSource);
    this.trail = new AuditTrail(audit, {
      entityType: 'Event',
      fields: AUDITED,
      summary: (event) => event.title,
    });
  }

  /** The event if `user` may read its programme, else NOT_FOUND. */
  async readable(user: User, id: string): Promise<Event> {
    const event = await findOrNotFound(this.dataSource, Event, 'Event', id);
    await this.policy.readableProgramme(user, event.programmeId);
    return event;
  }

  /**
   * The event if `user` may edit it (see assertMayOrganise): NOT_FOUND when they may not
   * read it, FORBIDDEN when they may read but not edit it.
   */
  async editable(user: User, id: string): Promise<Event> {
    const event = await this.readable(user, id);
    await this.assertMayOrganise(user, event.programmeId, [event.organiserPartnerId]);
    return event;
  }

  /** A programme's events overlapping [from, to), by start. */
  async list(
    user: User,
    programmeId: string,
    filter: EventFilter,
    page: PageArgs,
  ): Promise<Page<Event>> {
    await this.policy.readableProgramme(user, programmeId);
    const { take, skip } = pageWindow(page);
    if (filter.from && filter.to && filter.to < filter.from) {
      throw BadInputError.field('to', FieldMessage.END_BEFORE_START);
    }
    const query = this.dataSource
      .getRepository(Event)
      .createQueryBuilder('e')
      .where('e.programmeId = :programmeId', { programmeId });
    if (filter.from) query.andWhere('e.endsAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.startsAt < :to', { to: filter.to });
    if (filter.type) query.andWhere('e.type = :type', { type: filter.type });
    const [items, total] = await query
      .orderBy('e.startsAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(take)
      .skip(skip)
      .getManyAndCount();
    return { items, total };
  }

  /** Logs an event; a repeat under the same idempotency key answers the first one. */
  log(
    actor: User,
    programmeId: string,
    input: EventInput,
    idempotencyKey?: string | null,
  ): Promise<Event> {
    return this.writes.once(
      {
        userId: actor.id,
        key: idempotencyKey,
        operation: 'logEvent',
        args: { programmeId, input },
      },
      (id) => this.readable(actor, id),
      async (transaction) => {
        await this.policy.readableProgramme(actor, programmeId);
        await this.assertMayOrganise(actor, programmeId, [input.organiserPartnerId]);
        await validateInput(input);
        await this.checkInput(programmeId, input, null);
        return transaction(async (manager) => {
          const event = await manager.save(
            manager.create(Event, { programmeId, ...fields(input, null) }),
          );
          await this.setDetails(manager, event.id, input);
          await this.trail.created(manager, actor, { ...event, ...details(input) });
          await this.notifications.notify(manager, eventLogged(actor, event));
          return event;
        });
      },
    );
  }

  async update(actor: User, id: string, version: number, input: EventInput): Promise<Event> {
    const existing = await this.readable(actor, id);
    await this.assertMayOrganise(actor, existing.programmeId, [
      existing.organiserPartnerId,
      input.organiserPartnerId,
    ]);
    await validateInput(input);
    await this.checkInput(existing.programmeId, input, existing);
    const before = await this.record(this.dataSource.manager, existing);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(
        manager,
        Event,
        'Event',
        id,
        version,
        fields(input, existing),
      );
      await this.setDetails(manager, id, input);
      await this.trail.updated(manager, actor, before, { ...updated, ...details(input) });
      return updated;
    });
  }

  /** FORBIDDEN unless the actor may organise the event (see mayOrganiseEvent). */
  private async assertMayOrganise(
    actor: User,
    programmeId: string,
    organiserIds: (string | null | undefined)[],
  ): Promise<void> {
    const organisers = async () => {
      const ids = organiserIds.map((id) => (typeof id === 'string' && isId(id) ? id : null));
      const known = ids.filter((id): id is string => id !== null);
      const partners = known.length
        ? await this.dataSource.getRepository(Partner).findBy({ id: In(known), programmeId })
        : [];
      const orgOf = new Map(partners.map((partner) => [partner.id, partner.organisationId]));
      return ids.map((id) => (id ? (orgOf.get(id) ?? null) : null));
    };
    if (await mayOrganiseEvent(this.policy.viewer(actor), programmeId, organisers)) return;
    throw new ForbiddenError(
      'Partners log and edit the events their own organisation organises; coordinators all',
    );
  }

  /** Cross-field and reference rules, all collected so the form can mark every field. */
  private async checkInput(
    programmeId: string,
    input: EventInput,
    existing: Event | null,
  ): Promise<void> {
    const errors: FieldError[] = [];
    // Held is a fact: an event is held once it has started, never ahead of time. The status
    // kept from before counts too, so moving a held event into the future is refused as well.
    if (statusOf(input, existing) === EventStatus.HELD && !hasStarted(input.startsAt)) {
      errors.push({
        field: input.status ? 'input.status' : 'input.startsAt',
        message: FieldMessage.NOT_STARTED,
      });
    }
    if (!isTimeZone(input.timeZone)) {
      errors.push({ field: 'input.timeZone', message: FieldMessage.INVALID });
    }
    if (input.endsAt < input.startsAt) {
      errors.push({ field: 'input.endsAt', message: FieldMessage.END_BEFORE_START });
    }
    if (
      input.organiserPartnerId &&
      !(await this.dataSource
        .getRepository(Partner)
        .existsBy({ id: input.organiserPartnerId, programmeId }))
    ) {
      errors.push({ field: 'input.organiserPartnerId', message: FieldMessage.UNKNOWN_REFERENCE });
    }
    if (
      input.actionId &&
      !(await this.dataSource.getRepository(Action).existsBy({ id: input.actionId, programmeId }))
    ) {
      errors.push({ field: 'input.actionId', message: FieldMessage.UNKNOWN_REFERENCE });
    }
    const attendees = input.attendees ?? [];
    if (attendees.length) {
      const sides = new Set(
        (
          await this.dataSource
            .getRepository(ProgrammeSide)
            .find({ select: { id: true }, where: { programmeId } })
        ).map((s) => s.id),
      );
      const seen = new Set<string>();
      attendees.forEach((a, i) => {
        if (!sides.has(a.sideId)) {
          errors.push({
            field: `input.attendees.${i}.sideId`,
            message: FieldMessage.UNKNOWN_REFERENCE,
          });
        } else if (seen.has(a.sideId)) {
          errors.push({ field: `input.attendees.${i}.sideId`, message: FieldMessage.TAKEN });
        }
        seen.add(a.sideId);
      });
    }
    const organisations = [...new Set(input.participantOrganisationIds ?? [])];
    if (
      organisations.length &&
      (await this.dataSource.getRepository(Organisation).countBy({ id: In(organisations) })) !==
        organisations.length
    ) {
      errors.push({
        field: 'input.participantOrganisationIds',
        message: FieldMessage.UNKNOWN_REFERENCE,
      });
    }
    throwIfAny(errors);
  }

  private async setDetails(manager: EntityManager, eventId: string, input: EventInput) {
    const { attendees, participantOrganisationIds } = details(input);
    await manager.delete(EventAttendance, { eventId });
    await manager.delete(EventParticipant, { eventId });
    if (attendees.length) {
      await manager.insert(
        EventAttendance,
        attendees.map((a) => ({ eventId, ...a })),
      );
    }
    if (participantOrganisationIds.length) {
      await manager.insert(
        EventParticipant,
        participantOrganisationIds.map((organisationId) => ({ eventId, organisationId })),
      );
    }
  }

  /** The stored event with its attendance and participants, for the audit log's "before". */
  private async record(manager: EntityManager, event: Event): Promise<EventRecord> {
    const [attendance, participants] = await Promise.all([
      manager.find(EventAttendance, { where: { eventId: event.id } }),
      manager.find(EventParticipant, { where: { eventId: event.id } }),
    ]);
    return {
      ...event,
      attendees: attendance
        .map(({ sideId, count }) => ({ sideId, count }))
        .sort((a, b) => a.sideId.localeCompare(b.sideId)),
      participantOrganisationIds: participants.map((p) => p.organisationId).sort(),
    };
  }
}

function fields(input: EventInput, existing: Event | null): Partial<Event> {
  return {
    type: input.type,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    translations: normaliseTranslations(input.translations),
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    // Stored under its current name whichever alias came in (Europe/Kiev → Europe/Kyiv).
    timeZone: canonicalTimeZone(input.timeZone) ?? input.timeZone,
    format: input.format ?? existing?.format ?? EventFormat.IN_PERSON,
    venue: input.venue?.trim() || null,
    onlineLink: input.onlineLink?.trim() || null,
    organiserPartnerId: input.organiserPartnerId ?? null,
    status: statusOf(input, existing),
    actionId: input.actionId ?? null,
    outcomes: input.outcomes?.trim() || null,
    agenda: (input.agenda ?? []).map((item) => ({
      title: item.title.trim(),
      decision: item.decision?.trim() || null,
    })),
  };
}

/** The status the event will have: the one sent, else the one it had, else PLANNED. */
function statusOf(input: EventInput, existing: Event | null): EventStatus {
  return input.status ?? existing?.status ?? EventStatus.PLANNED;
}

/** Attendance and participants as stored: one row per side and organisation, sorted. */
function details(input: EventInput) {
  return {
    attendees: (input.attendees ?? [])
      .map(({ sideId, count }) => ({ sideId, count }))
      .sort((a, b) => a.sideId.localeCompare(b.sideId)),
    participantOrganisationIds: [...new Set(input.participantOrganisationIds ?? [])].sort(),
  };
}
