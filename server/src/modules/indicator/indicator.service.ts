import { AuditAction, FieldMessage } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import type { Policy } from '../../common/policy';
import { validateInput } from '../../common/validate';
import { conflictFor, updateVersioned } from '../../common/versioned-update';
import { Action } from '../action/action.entity';
import { changedFields, type AuditService } from '../audit/audit.service';
import type { User } from '../user/user.entity';
import { Indicator } from './indicator.entity';
import type { IndicatorInput } from './indicator.inputs';

const AUDITED: (keyof Indicator & string)[] = ['name', 'unit', 'target', 'achieved', 'actionId'];

/** Indicators of a programme, kept by its coordinators. */
export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: AuditService,
  ) {}

  async create(actor: User, programmeId: string, input: IndicatorInput): Promise<Indicator> {
    await this.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    await this.checkAction(programmeId, input.actionId);
    return this.dataSource.transaction(async (manager) => {
      const indicator = await manager.save(
        manager.create(Indicator, { programmeId, ...fields(input) }),
      );
      await this.record(
        manager,
        actor,
        AuditAction.CREATE,
        indicator,
        changedFields(null, indicator, AUDITED),
      );
      return indicator;
    });
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: IndicatorInput,
  ): Promise<Indicator> {
    const existing = await this.find(actor, id);
    await validateInput(input);
    await this.checkAction(existing.programmeId, input.actionId);
    return this.dataSource.transaction(async (manager) => {
      await updateVersioned(manager, Indicator, 'Indicator', id, version, fields(input));
      const updated = await manager.findOneByOrFail(Indicator, { id });
      await this.record(
        manager,
        actor,
        AuditAction.UPDATE,
        updated,
        changedFields(existing, updated, AUDITED),
      );
      return updated;
    });
  }

  async remove(actor: User, id: string, version: number): Promise<boolean> {
    const existing = await this.find(actor, id);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(Indicator, { id, version });
      if (result.affected !== 1) throw await conflictFor(manager, Indicator, 'Indicator', id);
      await this.record(
        manager,
        actor,
        AuditAction.DELETE,
        existing,
        changedFields(existing, {}, AUDITED),
      );
      return true;
    });
  }

  private async find(actor: User, id: string): Promise<Indicator> {
    const indicator = isId(id)
      ? await this.dataSource.getRepository(Indicator).findOneBy({ id })
      : null;
    if (!indicator) throw new NotFoundError('Indicator');
    await this.policy.editableProgramme(actor, indicator.programmeId);
    return indicator;
  }

  private async checkAction(
    programmeId: string,
    actionId: string | null | undefined,
  ): Promise<void> {
    if (
      actionId &&
      !(await this.dataSource.getRepository(Action).existsBy({ id: actionId, programmeId }))
    ) {
      throw BadInputError.field('input.actionId', FieldMessage.UNKNOWN_REFERENCE);
    }
  }

  private record(
    manager: EntityManager,
    actor: User,
    action: AuditAction,
    indicator: Indicator,
    changes: ReturnType<typeof changedFields>,
  ) {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      entityType: 'Indicator',
      entityId: indicator.id,
      summary: indicator.name,
      changes,
    });
  }
}

function fields(input: IndicatorInput): Partial<Indicator> {
  return {
    name: input.name.trim(),
    unit: input.unit.trim(),
    target: input.target,
    achieved: input.achieved ?? 0,
    actionId: input.actionId ?? null,
  };
}
