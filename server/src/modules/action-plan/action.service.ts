import { ActionStatus, FieldMessage, type FieldError } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { endNotBeforeStart, throwIfAny, withinPeriod } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { findOrNotFound } from '../../common/find';
import { IdempotentWrites, type WriteTransaction } from '../../common/idempotency';
import { type Policy, Partner, type Programme } from '../programmes/public';
import { normaliseTranslations } from '../../common/translation';
import { validateInput } from '../../common/validate';
import { removeVersioned, updateVersioned } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { ActionResponsible } from './action-responsible.entity';
import { descendantsOf } from './action-tree';
import { Action } from './action.entity';
import { mayReportProgress } from './action.policy';
import { ActionInput, ProgressReportArgs } from './action.inputs';
import { ProgressNote } from './progress-note.entity';

const AUDITED: (keyof Action & string)[] = [
  'code',
  'title',
  'description',
  'startsOn',
  'dueOn',
  'status',
  'ownProgress',
  'weight',
  'parentId',
  'plannedBudget',
  'spentBudget',
  'translations',
];

export class ActionService {
  private readonly trail: AuditTrail<Action>;
  private readonly writes: IdempotentWrites;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
  ) {
    this.writes = new IdempotentWrites(dataSource);
    this.trail = new AuditTrail(audit, {
      entityType: 'Action',
      fields: AUDITED,
      summary: (action) => `${action.code} ${action.title}`,
    });
  }

  /** The action if `user` may read its programme, else NOT_FOUND. */
  async readable(user: User, id: string): Promise<Action> {
    const action = await findOrNotFound(this.dataSource, Action, 'Action', id);
    await this.policy.readableProgramme(user, action.programmeId);
    return action;
  }

  async create(actor: User, programmeId: string, input: ActionInput): Promise<Action> {
    const programme = await this.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    await this.checkInput(programme, input, null);
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const action = await manager.save(
          manager.create(Action, { programmeId, ...this.fields(input, null) }),
        );
        await this.setResponsible(manager, action.id, input.responsiblePartnerIds ?? []);
        await this.trail.created(manager, actor, action);
        return action;
      }),
    );
  }

  async update(actor: User, id: string, version: number, input: ActionInput): Promise<Action> {
    const existing = await this.readable(actor, id);
    const programme = await this.policy.editableProgramme(actor, existing.programmeId);
    await validateInput(input);
    await this.checkInput(programme, input, existing);
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        await updateVersioned(manager, Action, 'Action', id, version, this.fields(input, existing));
        await this.setResponsible(manager, id, input.responsiblePartnerIds ?? []);
        const updated = await manager.findOneByOrFail(Action, { id });
        await this.trail.updated(manager, actor, existing, updated);
        return updated;
      }),
    );
  }

  async remove(actor: User, id: string, version: number): Promise<boolean> {
    const existing = await this.readable(actor, id);
    await this.policy.editableProgramme(actor, existing.programmeId);
    if (await this.dataSource.getRepository(Action).existsBy({ parentId: id })) {
      throw BadInputError.field('id', FieldMessage.IN_USE);
    }
    return this.dataSource.transaction(async (manager) => {
      await removeVersioned(manager, Action, 'Action', id, version);
      await this.trail.removed(manager, actor, existing);
      return true;
    });
  }

  /**
   * Responsible partners and the programme's coordinators report progress; each report
   * keeps a dated note of who moved it from what to what. A parent's progress is derived.
   */
  /**
   * Reports progress; a repeat under the same idempotency key answers the action as it is
   * now, not CONFLICT for the version its first report moved on.
   */
  reportProgress(
    actor: User,
    id: string,
    version: number,
    report: { progress: number; status?: ActionStatus | null; note?: string | null },
    idempotencyKey?: string | null,
  ): Promise<Action> {
    return this.writes.once(
      {
        userId: actor.id,
        key: idempotencyKey,
        operation: 'reportActionProgress',
        args: { id, version, ...report },
      },
      (actionId) => this.readable(actor, actionId),
      (transaction) =>
        this.reportIn(transaction, actor, id, version, report.progress, report.status, report.note),
    );
  }

  private async reportIn(
    transaction: WriteTransaction,
    actor: User,
    id: string,
    version: number,
    progress: number,
    status: ActionStatus | null | undefined,
    note: string | null | undefined,
  ): Promise<Action> {
    const existing = await this.readable(actor, id);
    await this.assertMayReport(actor, existing);
    await validateInput(Object.assign(new ProgressReportArgs(), { progress, note }), '');
    if (await this.dataSource.getRepository(Action).existsBy({ parentId: id })) {
      throw BadInputError.field('progress', FieldMessage.DERIVED);
    }
    const nextStatus = status ?? impliedStatus(existing.status, progress);
    const nextProgress = nextStatus === ActionStatus.DONE ? 100 : progress;
    return transaction(async (manager) => {
      await updateVersioned(manager, Action, 'Action', id, version, {
        ownProgress: nextProgress,
        status: nextStatus,
      });
      await manager.insert(ProgressNote, {
        actionId: id,
        authorId: actor.id,
        fromProgress: existing.ownProgress,
        toProgress: nextProgress,
        fromStatus: existing.status,
        toStatus: nextStatus,
        note: note?.trim() || null,
      });
      const updated = await manager.findOneByOrFail(Action, { id });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  private async assertMayReport(actor: User, action: Action): Promise<void> {
    const responsible = () => responsibleOrganisations(this.dataSource, action.id);
    if (await mayReportProgress(this.policy.viewer(actor), action, responsible)) return;
    throw new ForbiddenError(
      'Only the responsible partners and the coordinators report on this action',
    );
  }

  /** Cross-field and reference rules, all collected so the form can mark every field. */
  private async checkInput(
    programme: Programme,
    input: ActionInput,
    existing: Action | null,
  ): Promise<void> {
    const range = { start: input.startsOn, end: input.dueOn };
    const errors: FieldError[] = [
      ...endNotBeforeStart(range, 'input.dueOn'),
      ...withinPeriod(
        range,
        { start: programme.startsOn, end: programme.endsOn },
        { start: 'input.startsOn', end: 'input.dueOn' },
      ),
    ];
    const actions = await this.dataSource.getRepository(Action).find({
      select: {
        id: true,
        parentId: true,
        code: true,
        status: true,
        ownProgress: true,
        weight: true,
      },
      where: { programmeId: programme.id },
    });
    if (actions.some((a) => a.code === input.code.trim() && a.id !== existing?.id)) {
      errors.push({ field: 'input.code', message: FieldMessage.TAKEN });
    }
    if (input.parentId) {
      if (!actions.some((a) => a.id === input.parentId)) {
        errors.push({ field: 'input.parentId', message: FieldMessage.UNKNOWN_REFERENCE });
      } else if (existing && descendantsOf(actions, existing.id).has(input.parentId)) {
        errors.push({ field: 'input.parentId', message: FieldMessage.CYCLE });
      }
    }
    const partnerIds = [...new Set(input.responsiblePartnerIds ?? [])];
    if (partnerIds.length) {
      const found = await this.dataSource
        .getRepository(Partner)
        .countBy(partnerIds.map((id) => ({ id, programmeId: programme.id })));
      if (found !== partnerIds.length)
        errors.push({
          field: 'input.responsiblePartnerIds',
          message: FieldMessage.UNKNOWN_REFERENCE,
        });
    }
    throwIfAny(errors);
  }

  private fields(input: ActionInput, existing: Action | null): Partial<Action> {
    return {
      code: input.code.trim(),
      title: input.title.trim(),
      description: input.description?.trim() || null,
      startsOn: input.startsOn,
      dueOn: input.dueOn,
      parentId: input.parentId ?? null,
      weight: input.weight ?? 1,
      plannedBudget: input.plannedBudget ?? null,
      spentBudget: input.spentBudget ?? null,
      status: input.status ?? existing?.status ?? ActionStatus.PLANNED,
      translations: normaliseTranslations(input.translations),
    };
  }

  private async setResponsible(
    manager: EntityManager,
    actionId: string,
    partnerIds: string[],
  ): Promise<void> {
    await manager.delete(ActionResponsible, { actionId });
    const unique = [...new Set(partnerIds)];
    if (unique.length)
      await manager.insert(
        ActionResponsible,
        unique.map((partnerId) => ({ actionId, partnerId })),
      );
  }

  /** A code taken by a concurrent writer after the pre-check still answers by field. */
  private async saving<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw BadInputError.field('input.code', FieldMessage.TAKEN);
      throw error;
    }
  }
}

/** Reporting moves the status along unless the reporter chose one. */
function impliedStatus(current: ActionStatus, progress: number): ActionStatus {
  if (progress >= 100) return ActionStatus.DONE;
  if (progress > 0 && current === ActionStatus.PLANNED) return ActionStatus.IN_PROGRESS;
  if (current === ActionStatus.DONE) return ActionStatus.IN_PROGRESS;
  return current;
}

/** The partner organisations responsible for the action. */
async function responsibleOrganisations(dataSource: DataSource, actionId: string) {
  const rows = await dataSource
    .getRepository(ActionResponsible)
    .createQueryBuilder('r')
    .innerJoin(Partner, 'p', 'p.id = r.partnerId')
    .select('p.organisationId', 'organisationId')
    .where('r.actionId = :actionId', { actionId })
    .getRawMany<{ organisationId: string }>();
  return rows.map((row) => row.organisationId);
}
