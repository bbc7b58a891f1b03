import {
  FieldMessage,
  IndicatorSource,
  INDICATORS_MAX,
  TwinningStatus,
  type FieldError,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { findOrNotFound } from '../../common/find';
import { BadInputError } from '../../common/errors';
import { lockProgramme, type Policy, ProgrammeSide } from '../programmes/public';
import { validateInput } from '../../common/validate';
import { removeVersioned, updateAndReload } from '../../common/versioned-update';
import { Action } from '../action-plan/public';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { Indicator } from './indicator.entity';
import type { IndicatorInput } from './indicator.inputs';

/** Indicators of a programme, kept by its coordinators: at most INDICATORS_MAX of them. */
export class IndicatorService {
  private readonly trail: AuditTrail<Indicator>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'Indicator',
      fields: ['name', 'unit', 'target', 'achieved', 'actionId', 'source', 'eventTypes', 'sideId'],
      summary: (indicator) => indicator.name,
    });
  }

  async create(actor: User, programmeId: string, input: IndicatorInput): Promise<Indicator> {
    await this.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    await this.checkReferences(programmeId, input);
    return this.dataSource.transaction(async (manager) => {
      // Under the programme's lock, so parallel additions cannot pass the cap together.
      await lockProgramme(manager, programmeId);
      if ((await manager.countBy(Indicator, { programmeId })) >= INDICATORS_MAX) {
        throw BadInputError.field('programmeId', FieldMessage.TOO_MANY);
      }
      const indicator = await manager.save(
        manager.create(Indicator, { programmeId, ...fields(input) }),
      );
      await this.trail.created(manager, actor, indicator);
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
    await this.checkReferences(existing.programmeId, input);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(
        manager,
        Indicator,
        'Indicator',
        id,
        version,
        fields(input),
      );
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  async remove(actor: User, id: string, version: number): Promise<boolean> {
    const existing = await this.find(actor, id);
    return this.dataSource.transaction(async (manager) => {
      await removeVersioned(manager, Indicator, 'Indicator', id, version);
      await this.trail.removed(manager, actor, existing);
      return true;
    });
  }

  private async find(actor: User, id: string): Promise<Indicator> {
    const indicator = await findOrNotFound(this.dataSource, Indicator, 'Indicator', id);
    await this.policy.editableProgramme(actor, indicator.programmeId);
    return indicator;
  }

  private async checkReferences(programmeId: string, input: IndicatorInput): Promise<void> {
    const errors: FieldError[] = [];
    const { actionId, sideId } = input;
    if (
      actionId &&
      !(await this.dataSource.getRepository(Action).existsBy({ id: actionId, programmeId }))
    ) {
      errors.push({ field: 'input.actionId', message: FieldMessage.UNKNOWN_REFERENCE });
    }
    const twinning = input.source === IndicatorSource.TWINNING_RELATIONS;
    if (!twinning && input.twinningStatus) {
      errors.push({ field: 'input.twinningStatus', message: FieldMessage.NOT_ALLOWED });
    }
    if (!twinning && input.twinningKinds?.length) {
      errors.push({ field: 'input.twinningKinds', message: FieldMessage.NOT_ALLOWED });
    }
    if (twinning && input.eventTypes?.length) {
      errors.push({ field: 'input.eventTypes', message: FieldMessage.NOT_ALLOWED });
    }
    if (sideId) {
      if (input.source !== IndicatorSource.ATTENDEES) {
        errors.push({ field: 'input.sideId', message: FieldMessage.NOT_ALLOWED });
      } else if (
        !(await this.dataSource.getRepository(ProgrammeSide).existsBy({ id: sideId, programmeId }))
      ) {
        errors.push({ field: 'input.sideId', message: FieldMessage.UNKNOWN_REFERENCE });
      }
    }
    throwIfAny(errors);
  }
}

function fields(input: IndicatorInput): Partial<Indicator> {
  const source = input.source ?? IndicatorSource.ENTERED;
  const twinning = source === IndicatorSource.TWINNING_RELATIONS;
  const eventBased = source !== IndicatorSource.ENTERED && !twinning;
  return {
    name: input.name.trim(),
    unit: input.unit.trim(),
    target: input.target,
    achieved: source === IndicatorSource.ENTERED ? (input.achieved ?? 0) : 0,
    actionId: input.actionId ?? null,
    source,
    eventTypes: eventBased ? [...new Set(input.eventTypes ?? [])] : [],
    sideId: input.sideId ?? null,
    twinningStatus: twinning ? (input.twinningStatus ?? TwinningStatus.ACTIVE) : null,
    twinningKinds: twinning ? [...new Set(input.twinningKinds ?? [])] : [],
  };
}
