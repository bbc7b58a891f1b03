import {
  AuditAction,
  canMoveTwinning,
  COUNTRY_PATTERN,
  FieldMessage,
  LIST_LIMITS,
  notInFuture,
  todayIso,
  TWINNING_AREA_MAX,
  TwinningStatus,
  type FieldError,
} from '@spilno/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { windowErrors, type ListWindow } from '../../common/list-limit';
import type { Policy } from '../programmes/public';
import { validateInput } from '../../common/validate';
import { conflictFor, updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import type { EventService } from '../events/public';
import type { NotificationService } from '../notifications/public';
import type { User } from '../users/public';
import { twinningProposed, twinningStatusChanged } from './twinning-notices';
import { TwinningEvent } from './twinning-event.entity';
import { TwinningRelation } from './twinning-relation.entity';
import {
  contactErrors,
  details,
  named,
  pairErrors,
  sinceErrors,
  type Named,
} from './twinning-details';
import {
  allowedStatuses,
  proposalRefusal,
  mayChangeRelation,
  mayLinkTwinningTo,
  mayMoveProgramme,
  mayRecordTwinning,
  scopeRelations,
} from './twinning.policy';
import { TwinningStatusChange } from './twinning-status-change.entity';
import { StatusChangeArgs, type TwinningDetailsInput, type TwinningInput } from './twinning.inputs';

const LABEL = 'TwinningRelation';

const AUDITED: (keyof TwinningRelation & string)[] = [
  'organisationAId',
  'organisationBId',
  'kind',
  'status',
  'since',
  'areas',
  'description',
  'contacts',
  'programmeId',
];

export interface TwinningFilter {
  programmeId?: string | null;
  organisationId?: string | null;
  status?: TwinningStatus | null;
  country?: string | null;
  area?: string | null;
}

export interface StatusChange {
  status: TwinningStatus;
  note?: string | null;
  /** When it happened; today when left out. */
  on?: string | null;
}

/**
 * Twinning relations: proposing, the dated status history, details, linked events. Read
 * and change rules are in twinning.policy.ts; every check runs before input is validated.
 */
export class TwinningService {
  private readonly trail: AuditTrail<Named>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly events: EventService,
    audit: AuditService,
    private readonly notifications: NotificationService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: LABEL,
      fields: AUDITED,
      summary: (relation) =>
        relation.pair ?? `${relation.organisationAId} ↔ ${relation.organisationBId}`,
    });
  }

  /** Relations `user` may read, narrowed by the filter; the newest first, one window of them. */
  async list(user: User, filter: TwinningFilter, window: ListWindow): Promise<TwinningRelation[]> {
    if (filter.programmeId) await this.policy.readableProgramme(user, filter.programmeId);
    const errors = windowErrors(LIST_LIMITS.twinningRelations, window.limit, window.offset);
    if (filter.organisationId && !isId(filter.organisationId)) {
      errors.push({ field: 'organisationId', message: FieldMessage.UNKNOWN_REFERENCE });
    }
    if (filter.country && !COUNTRY_PATTERN.test(filter.country)) {
      errors.push({ field: 'country', message: FieldMessage.INVALID });
    }
    if (filter.area && filter.area.length > TWINNING_AREA_MAX) {
      errors.push({ field: 'area', message: FieldMessage.TOO_LONG });
    }
    throwIfAny(errors);
    const query = this.scoped(user);
    if (filter.programmeId) {
      query.andWhere('r.programmeId = :programmeId', { programmeId: filter.programmeId });
    }
    if (filter.organisationId) {
      query.andWhere(
        '(r.organisationAId = :organisationId OR r.organisationBId = :organisationId)',
        {
          organisationId: filter.organisationId,
        },
      );
    }
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.country) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM organisation filter_o
          WHERE filter_o.id IN (r."organisationAId", r."organisationBId") AND filter_o.country = :country)`,
        { country: filter.country },
      );
    }
    // Array containment, so the GIN index on the areas serves it.
    if (filter.area) query.andWhere('r.areas @> ARRAY[:area]::varchar[]', { area: filter.area });
    return query
      .orderBy('r.since', 'DESC', 'NULLS LAST')
      .addOrderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .limit(window.limit)
      .offset(window.offset)
      .getMany();
  }

  /** The areas of cooperation named in the relations `user` may read, alphabetically. */
  async areas(user: User): Promise<string[]> {
    const rows = await this.scoped(user)
      .select('DISTINCT unnest(r.areas)', 'area')
      .getRawMany<{ area: string }>();
    return rows.map((row) => row.area).sort((a, b) => a.localeCompare(b));
  }

  /** The relation if `user` may read it, else NOT_FOUND. */
  async readable(user: User, id: string): Promise<TwinningRelation> {
    const relation = isId(id)
      ? await this.scoped(user).andWhere('r.id = :id', { id }).getOne()
      : null;
    if (!relation) throw new NotFoundError(LABEL);
    return relation;
  }

  /** The relation if `user` may change it: NOT_FOUND when unreadable, else FORBIDDEN. */
  async changeable(user: User, id: string): Promise<TwinningRelation> {
    const relation = await this.readable(user, id);
    if (!(await mayChangeRelation(this.policy.viewer(user), relation))) {
      throw new ForbiddenError(
        'Admins, the coordinators of its programme and the partners of its two organisations change a twinning relation',
      );
    }
    return relation;
  }

  async create(actor: User, input: TwinningInput): Promise<TwinningRelation> {
    const refusal = proposalRefusal(actor, input);
    if (refusal) throw new ForbiddenError(refusal);
    await this.assertMayUseProgramme(actor, input.programmeId);
    await validateInput(input);
    const errors = [
      ...(await pairErrors(this.dataSource, input)),
      ...contactErrors(input, input.contacts),
      ...sinceErrors(input.since),
    ];
    // A partner proposes; whether it is signed is for the other side and the coordinators.
    if (!mayRecordTwinning(actor) && input.status && input.status !== TwinningStatus.PROPOSED) {
      errors.push({ field: 'input.status', message: FieldMessage.NOT_ALLOWED });
    }
    throwIfAny(errors);
    const status = input.status ?? TwinningStatus.PROPOSED;
    const since = input.since ?? todayIso();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const relation = await manager.save(
          manager.create(TwinningRelation, {
            organisationAId: input.organisationAId,
            organisationBId: input.organisationBId,
            // A partner proposes for its own organisation; whoever else records a relation
            // records it as proposed by A to B, the order the form asks them in.
            proposingOrganisationId:
              !mayRecordTwinning(actor) && actor.organisationId
                ? actor.organisationId
                : input.organisationAId,
            status,
            ...details(input),
            since,
          }),
        );
        await manager.insert(TwinningStatusChange, {
          relationId: relation.id,
          fromStatus: null,
          toStatus: status,
          effectiveOn: since,
          authorId: actor.id,
          note: input.note?.trim() || null,
        });
        await this.trail.created(manager, actor, await named(manager, relation));
        await this.notifications.notify(
          manager,
          twinningProposed(actor, await named(manager, relation)),
        );
        return relation;
      });
    } catch (error) {
      // Another proposal of the same pair committed between the check and the insert.
      if (isUniqueViolation(error)) {
        throw BadInputError.field('input.organisationBId', FieldMessage.DUPLICATE_PAIR);
      }
      throw error;
    }
  }

  /** Replaces the details; the pair and the status stay (see changeStatus). */
  async update(
    actor: User,
    id: string,
    version: number,
    input: TwinningDetailsInput,
  ): Promise<TwinningRelation> {
    const existing = await this.changeable(actor, id);
    const programmeId = input.programmeId ?? null;
    if (programmeId !== existing.programmeId) {
      const viewer = this.policy.viewer(actor);
      if (!(await mayMoveProgramme(viewer, existing.programmeId, programmeId))) {
        throw new ForbiddenError(
          'Only admins and the coordinators of both programmes move a relation between programmes',
        );
      }
      await this.assertMayUseProgramme(actor, programmeId);
    }
    await validateInput(input);
    throwIfAny([...contactErrors(existing, input.contacts), ...sinceErrors(input.since)]);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, TwinningRelation, LABEL, id, version, {
        ...details(input),
        since: input.since ?? null,
      });
      await this.trail.updated(manager, actor, existing, await named(manager, updated));
      return updated;
    });
  }

  /**
   * Moves the relation along TWINNING_TRANSITIONS and writes the step into its history. A
   * stale version is CONFLICT before anything else: the transition is judged from the
   * status the caller saw.
   */
  async changeStatus(
    actor: User,
    id: string,
    version: number,
    change: StatusChange,
  ): Promise<TwinningRelation> {
    const existing = await this.changeable(actor, id);
    if (
      canMoveTwinning(existing.status, change.status) &&
      !(await allowedStatuses(this.policy.viewer(actor), existing)).includes(change.status)
    ) {
      throw new ForbiddenError(
        'A relation becomes ACTIVE by the organisation it was proposed to, a coordinator of its programme or an admin',
      );
    }
    if (existing.version !== version) {
      throw await conflictFor(this.dataSource.manager, TwinningRelation, LABEL, id);
    }
    await validateInput(Object.assign(new StatusChangeArgs(), { note: change.note }), '');
    const on = change.on ?? todayIso();
    const errors: FieldError[] = [];
    if (!canMoveTwinning(existing.status, change.status)) {
      errors.push({ field: 'status', message: FieldMessage.TRANSITION_NOT_ALLOWED });
    }
    // A step of the history is something that happened; a future one would also block every
    // correctly dated step after it.
    if (!notInFuture(on)) errors.push({ field: 'on', message: FieldMessage.IN_FUTURE });
    const last = await this.dataSource
      .getRepository(TwinningStatusChange)
      .findOne({ where: { relationId: id }, order: { effectiveOn: 'DESC' } });
    // The history reads in order: a step cannot predate the one before it. A step dated in
    // the future (recorded before that was refused) is a mistake, not a bar to every real one.
    if (last && notInFuture(last.effectiveOn) && on < last.effectiveOn) {
      errors.push({ field: 'on', message: FieldMessage.OUT_OF_RANGE });
    }
    throwIfAny(errors);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, TwinningRelation, LABEL, id, version, {
        status: change.status,
        // The day it was signed, when nobody had said since when it exists.
        since: existing.since ?? (change.status === TwinningStatus.ACTIVE ? on : existing.since),
      });
      await manager.insert(TwinningStatusChange, {
        relationId: id,
        fromStatus: existing.status,
        toStatus: change.status,
        effectiveOn: on,
        authorId: actor.id,
        note: change.note?.trim() || null,
      });
      await this.trail.updated(manager, actor, existing, await named(manager, updated));
      await this.notifications.notify(
        manager,
        twinningStatusChanged(actor, await named(manager, updated)),
      );
      return updated;
    });
  }

  /** Links an event `actor` may read to a relation they may change; linking twice is a no-op. */
  async linkEvent(actor: User, id: string, eventId: string): Promise<TwinningRelation> {
    const relation = await this.changeable(actor, id);
    await this.events.readable(actor, eventId);
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO twinning_event ("relationId", "eventId") VALUES ($1, $2)
          ON CONFLICT DO NOTHING RETURNING 1`,
        [id, eventId],
      );
      if (inserted.length === 0) return;
      await this.trail.write(manager, actor, AuditAction.UPDATE, await named(manager, relation), [
        { field: 'linkedEventId', before: null, after: eventId },
      ]);
    });
    return relation;
  }

  async unlinkEvent(actor: User, id: string, eventId: string): Promise<TwinningRelation> {
    const relation = await this.changeable(actor, id);
    await this.events.readable(actor, eventId);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(TwinningEvent, { relationId: id, eventId });
      if (!affected) return;
      await this.trail.write(manager, actor, AuditAction.UPDATE, await named(manager, relation), [
        { field: 'linkedEventId', before: eventId, after: null },
      ]);
    });
    return relation;
  }

  private scoped(user: User): SelectQueryBuilder<TwinningRelation> {
    return scopeRelations(
      this.dataSource.getRepository(TwinningRelation).createQueryBuilder('r'),
      'r',
      user,
    );
  }

  /**
   * A relation may name a programme its author may see grow: a coordinator one they
   * coordinate, a partner one its organisation is a partner in, an admin any.
   */
  private async assertMayUseProgramme(actor: User, programmeId?: string | null): Promise<void> {
    if (!programmeId) return;
    await this.policy.readableProgramme(actor, programmeId);
    if (!(await mayLinkTwinningTo(this.policy.viewer(actor), programmeId))) {
      throw new ForbiddenError('Only the programme’s coordinators may change it');
    }
  }
}
