import {
  AuditAction,
  canMoveIssue,
  FieldMessage,
  IssueStatus,
  LIST_LIMITS,
  MonitoringRoundStatus,
  needsResolution,
  Role,
  type FieldError,
} from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { IdempotentWrites, type WriteTransaction } from '../../common/idempotency';
import { isId } from '../../common/ids';
import { checkedLimit } from '../../common/list-limit';
import { pageWindow, type Page, type PageArgs } from '../../common/pagination';
import { validateInput } from '../../common/validate';
import { conflictFor, updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import { Event } from '../events/public';
import { Partner } from '../programmes/public';
import type { NotificationService } from '../notifications/public';
import { User } from '../users/public';
import { issueRaised, issueStatusChanged } from './issue-notices';
import { IssueComment } from './issue-comment.entity';
import { issueQuery, type IssueFilter } from './issue-filter';
import { IssueStatusChange } from './issue-status-change.entity';
import type { MonitoringAccess } from './monitoring-access';
import { mayActFor } from './issue.policy';
import { MonitoringIssue } from './monitoring-issue.entity';
import { MonitoringRound } from './monitoring-round.entity';
import type { ChangeIssueStatusArgs, CommentArgs, IssueInput } from './monitoring.inputs';

const AUDITED: (keyof MonitoringIssue & string)[] = [
  'kind',
  'category',
  'severity',
  'title',
  'description',
  'raisedById',
  'eventId',
  'roundId',
  'status',
  'assigneeId',
  'resolution',
];

const LABEL = 'MonitoringIssue';

/** Monitoring issues: raising, triage (edit, assign, move), and their threads. */
export class IssueService {
  private readonly trail: AuditTrail<MonitoringIssue>;
  private readonly writes: IdempotentWrites;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MonitoringAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {
    this.writes = new IdempotentWrites(dataSource);
    this.trail = new AuditTrail(audit, {
      entityType: LABEL,
      fields: AUDITED,
      summary: (issue) => issue.title,
    });
  }

  readable(user: User, id: string): Promise<MonitoringIssue> {
    return this.access.readableIssue(user, id);
  }

  async list(
    user: User,
    programmeId: string,
    filter: IssueFilter,
    page: PageArgs,
  ): Promise<Page<MonitoringIssue>> {
    await this.access.policy.readableProgramme(user, programmeId);
    const { take, skip } = pageWindow(page);
    const [items, total] = await issueQuery(this.dataSource, programmeId, filter)
      .take(take)
      .skip(skip)
      .getManyAndCount();
    return { items, total };
  }

  /**
   * Staff of a partner organisation raise issues for it; coordinators and admins raise them
   * for any partner organisation (their own, when it is one, unless they name another).
   */
  /** Raises an issue; a repeat under the same idempotency key answers the first one. */
  raise(
    actor: User,
    programmeId: string,
    input: IssueInput,
    idempotencyKey?: string | null,
  ): Promise<MonitoringIssue> {
    return this.writes.once(
      {
        userId: actor.id,
        key: idempotencyKey,
        operation: 'raiseIssue',
        args: { programmeId, input },
      },
      (id) => this.readable(actor, id),
      (transaction) => this.raiseIn(transaction, actor, programmeId, input),
    );
  }

  private async raiseIn(
    transaction: WriteTransaction,
    actor: User,
    programmeId: string,
    input: IssueInput,
  ): Promise<MonitoringIssue> {
    await this.access.policy.readableProgramme(actor, programmeId);
    const raisedById = await this.raiserFor(actor, programmeId, input.raisedById);
    await validateInput(input);
    const errors = await this.referenceErrors(programmeId, input, raisedById);
    if (raisedById === null) errors.unshift(required('input.raisedById'));
    const roundKnown = !errors.some((error) => error.field === 'input.roundId');
    if (
      input.roundId &&
      roundKnown &&
      !(await this.roundOpen(this.dataSource.manager, input.roundId))
    ) {
      errors.push({ field: 'input.roundId', message: FieldMessage.NOT_ALLOWED });
    }
    throwIfAny(errors);
    return transaction(async (manager) => {
      // Holds the round open until this commits: closing it waits, and a round closed
      // meanwhile refuses the answer.
      if (input.roundId && !(await this.roundOpen(manager, input.roundId, true))) {
        throw BadInputError.field('input.roundId', FieldMessage.NOT_ALLOWED);
      }
      const issue = await manager.save(
        manager.create(MonitoringIssue, {
          programmeId,
          ...issueFields(input),
          raisedById: raisedById ?? undefined,
          reportedById: actor.id,
          roundId: input.roundId ?? null,
          status: IssueStatus.OPEN,
        }),
      );
      await manager.insert(IssueStatusChange, {
        issueId: issue.id,
        actorId: actor.id,
        fromStatus: null,
        toStatus: IssueStatus.OPEN,
      });
      await this.trail.created(manager, actor, issue);
      await this.notifications.notify(manager, issueRaised(actor, issue));
      return issue;
    });
  }

  /** Coordinators correct what was raised; the round it answers stays as it was. */
  async update(
    actor: User,
    id: string,
    version: number,
    input: IssueInput,
  ): Promise<MonitoringIssue> {
    const existing = await this.readable(actor, id);
    await this.access.assertTriage(actor, existing.programmeId);
    await validateInput(input);
    const raisedById = input.raisedById ?? existing.raisedById;
    throwIfAny(await this.referenceErrors(existing.programmeId, input, raisedById));
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, MonitoringIssue, LABEL, id, version, {
        ...issueFields(input),
        raisedById,
      });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /**
   * Moves an issue along its workflow (shared ISSUE_TRANSITIONS). Closing it needs a
   * resolution; reopening clears it. A comment goes into the thread, marked with the move.
   */
  async changeStatus(actor: User, args: ChangeIssueStatusArgs): Promise<MonitoringIssue> {
    const existing = await this.readable(actor, args.id);
    await this.access.assertTriage(actor, existing.programmeId);
    await validateInput(args, '');
    // A stale version is CONFLICT before anything else: the move was judged on old data.
    if (existing.version !== args.version) {
      throw await conflictFor(this.dataSource.manager, MonitoringIssue, LABEL, existing.id);
    }
    const comment = args.comment?.trim() || null;
    const resolution = args.resolution?.trim() || comment;
    const errors: FieldError[] = [];
    if (!canMoveIssue(existing.status, args.status)) {
      errors.push({ field: 'status', message: FieldMessage.TRANSITION_NOT_ALLOWED });
    }
    if (needsResolution(args.status) && !resolution) errors.push(required('resolution'));
    throwIfAny(errors);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(
        manager,
        MonitoringIssue,
        LABEL,
        existing.id,
        args.version,
        { status: args.status, resolution: needsResolution(args.status) ? resolution : null },
      );
      await manager.insert(IssueStatusChange, {
        issueId: existing.id,
        actorId: actor.id,
        fromStatus: existing.status,
        toStatus: args.status,
      });
      if (comment) await this.addComment(manager, actor, existing, comment, args.status);
      await this.trail.updated(manager, actor, existing, updated);
      await this.notifications.notify(manager, issueStatusChanged(actor, updated));
      return updated;
    });
  }

  /** Gives the issue to someone who works on the programme, or to nobody (null). */
  async assign(
    actor: User,
    id: string,
    version: number,
    assigneeId: string | null,
  ): Promise<MonitoringIssue> {
    const existing = await this.readable(actor, id);
    await this.access.assertTriage(actor, existing.programmeId);
    if (assigneeId !== null) {
      const onTeam =
        isId(assigneeId) &&
        (await this.team(existing.programmeId)
          .andWhere('u.id = :assigneeId', { assigneeId })
          .getExists());
      if (!onTeam) throw BadInputError.field('assigneeId', FieldMessage.UNKNOWN_REFERENCE);
    }
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, MonitoringIssue, LABEL, id, version, {
        assigneeId,
      });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /** Partners' staff and coordinators write in an issue's thread. */
  async comment(actor: User, args: CommentArgs): Promise<IssueComment> {
    const issue = await this.readable(actor, args.issueId);
    await this.access.assertTakesPart(actor, issue.programmeId);
    await validateInput(args, '');
    return this.dataSource.transaction((manager) =>
      this.addComment(manager, actor, issue, args.text.trim(), null),
    );
  }

  /**
   * Who may work on a programme's issues, to be assigned them: active admins, the
   * programme's coordinators, and the staff of its partner organisations. By name.
   */
  /** Who may be assigned the programme's issues, by name: the first `limit` of them. */
  async assignees(actor: User, programmeId: string, limit: number): Promise<User[]> {
    await this.access.policy.readableProgramme(actor, programmeId);
    await this.access.assertTriage(actor, programmeId);
    return this.team(programmeId)
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(checkedLimit(LIST_LIMITS.issueAssignees, limit))
      .getMany();
  }

  /** The active accounts that work on the programme: admins, its coordinators, its partners' staff. */
  private team(programmeId: string) {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.active')
      .andWhere(
        `(u.role = :admin
          OR (u.role = :coordinator AND EXISTS (SELECT 1 FROM programme_coordinator pc
                WHERE pc."programmeId" = :programmeId AND pc."userId" = u.id))
          OR (u.role = :partner AND EXISTS (SELECT 1 FROM partner p
                WHERE p."programmeId" = :programmeId AND p."organisationId" = u."organisationId")))`,
        { admin: Role.ADMIN, coordinator: Role.COORDINATOR, partner: Role.PARTNER, programmeId },
      );
  }

  private async addComment(
    manager: EntityManager,
    actor: User,
    issue: MonitoringIssue,
    text: string,
    movedTo: IssueStatus | null,
  ): Promise<IssueComment> {
    const comment = await manager.save(
      manager.create(IssueComment, { issueId: issue.id, authorId: actor.id, text, movedTo }),
    );
    await this.audit.record(manager, {
      actorId: actor.id,
      action: AuditAction.CREATE,
      entityType: 'IssueComment',
      entityId: comment.id,
      summary: issue.title,
      changes: [
        { field: 'issueId', before: null, after: issue.id },
        { field: 'text', before: null, after: text },
      ],
    });
    return comment;
  }

  /**
   * The organisation an issue is raised for. A partner user raises for its own organisation
   * only; naming another is FORBIDDEN, like any raising by someone who does not take part.
   * Null when a coordinator names none and is not on a partner's staff (then it is required).
   */
  private async raiserFor(
    actor: User,
    programmeId: string,
    named: string | null | undefined,
  ): Promise<string | null> {
    if (await this.access.mayTriage(actor, programmeId)) {
      if (named) return named;
      const own = actor.organisationId
        ? await this.dataSource
            .getRepository(Partner)
            .existsBy({ programmeId, organisationId: actor.organisationId })
        : false;
      return own ? actor.organisationId : null;
    }
    if (await mayActFor(this.access.policy.viewer(actor), programmeId, named ?? null)) {
      return actor.organisationId;
    }
    throw new ForbiddenError(
      'Partners raise issues for their own organisation; coordinators for any partner',
    );
  }

  /** The raising organisation, the event and the round must all belong to the programme. */
  private async referenceErrors(
    programmeId: string,
    input: IssueInput,
    raisedById: string | null,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const unknown = (field: string) =>
      errors.push({ field: `input.${field}`, message: FieldMessage.UNKNOWN_REFERENCE });
    if (
      raisedById &&
      !(await this.dataSource
        .getRepository(Partner)
        .existsBy({ programmeId, organisationId: raisedById }))
    ) {
      unknown('raisedById');
    }
    if (
      input.eventId &&
      !(await this.dataSource.getRepository(Event).existsBy({ id: input.eventId, programmeId }))
    ) {
      unknown('eventId');
    }
    if (
      input.roundId &&
      !(await this.dataSource
        .getRepository(MonitoringRound)
        .existsBy({ id: input.roundId, programmeId }))
    ) {
      unknown('roundId');
    }
    return errors;
  }

  private async roundOpen(manager: EntityManager, roundId: string, lock = false) {
    const [round] = await manager.query<{ status: MonitoringRoundStatus }[]>(
      `SELECT status FROM monitoring_round WHERE id = $1${lock ? ' FOR SHARE' : ''}`,
      [roundId],
    );
    return round?.status === MonitoringRoundStatus.OPEN;
  }
}

function required(field: string): FieldError {
  return { field, message: FieldMessage.REQUIRED };
}

/** The fields an input sets, trimmed; the round and the raiser are decided by the service. */
function issueFields(input: IssueInput): Partial<MonitoringIssue> {
  return {
    kind: input.kind,
    category: input.category,
    severity: input.severity,
    title: input.title.trim(),
    description: input.description?.trim() || null,
    eventId: input.eventId ?? null,
  };
}
