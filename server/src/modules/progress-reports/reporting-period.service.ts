import {
  FieldMessage,
  generatePeriods,
  rangesOverlap,
  REPORTING_PERIODS_MAX,
  type FieldError,
} from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { endNotBeforeStart, throwIfAny, withinPeriod } from '../../common/dates';
import { BadInputError } from '../../common/errors';
import { findOrNotFound } from '../../common/find';
import { type Policy, lockProgramme, type Programme } from '../programmes/public';
import { validateInput } from '../../common/validate';
import { conflictFor, removeVersioned, updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { ProgressReport } from './progress-report.entity';
import type { GeneratePeriodsArgs, ReportingPeriodInput } from './report.inputs';
import { ReportingPeriod } from './reporting-period.entity';

/**
 * A programme's reporting periods, defined by its coordinators: one by one, or generated
 * (half-years by default) over the programme's span. Periods lie within the programme and
 * never overlap, so each day belongs to at most one and a report's dates name one period; a
 * programme has at most REPORTING_PERIODS_MAX of them (the reporting grid shows every one).
 */
export class ReportingPeriodService {
  private readonly trail: AuditTrail<ReportingPeriod>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'ReportingPeriod',
      fields: ['startsOn', 'endsOn', 'dueOn'],
      summary: (period) => `${period.startsOn} – ${period.endsOn}`,
    });
  }

  async list(user: User, programmeId: string): Promise<ReportingPeriod[]> {
    await this.policy.readableProgramme(user, programmeId);
    return periodsOf(this.dataSource.manager, programmeId);
  }

  async create(
    actor: User,
    programmeId: string,
    input: ReportingPeriodInput,
  ): Promise<ReportingPeriod> {
    const programme = await this.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    return this.dataSource.transaction(async (manager) => {
      await lockProgramme(manager, programmeId);
      await this.check(manager, programme, input, null);
      if ((await manager.countBy(ReportingPeriod, { programmeId })) >= REPORTING_PERIODS_MAX) {
        throw BadInputError.field('programmeId', FieldMessage.TOO_MANY);
      }
      const period = await manager.save(
        manager.create(ReportingPeriod, { programmeId, ...dates(input) }),
      );
      await this.trail.created(manager, actor, period);
      return period;
    });
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: ReportingPeriodInput,
  ): Promise<ReportingPeriod> {
    const { period, programme } = await this.editable(actor, id);
    await validateInput(input);
    return this.dataSource.transaction(async (manager) => {
      await lockProgramme(manager, programme.id);
      await assertVersion(manager, period, version);
      await this.check(manager, programme, input, period);
      const moved = input.startsOn !== period.startsOn || input.endsOn !== period.endsOn;
      if (moved && (await hasReports(manager, period))) {
        throw BadInputError.field('input.startsOn', FieldMessage.IN_USE);
      }
      const updated = await updateAndReload(
        manager,
        ReportingPeriod,
        'ReportingPeriod',
        id,
        version,
        dates(input),
      );
      await this.trail.updated(manager, actor, period, updated);
      return updated;
    });
  }

  /** Removes a period no report was written for; one with reports is IN_USE. */
  async remove(actor: User, id: string, version: number): Promise<boolean> {
    const { period, programme } = await this.editable(actor, id);
    return this.dataSource.transaction(async (manager) => {
      await lockProgramme(manager, programme.id);
      await assertVersion(manager, period, version);
      if (await hasReports(manager, period)) throw BadInputError.field('id', FieldMessage.IN_USE);
      await removeVersioned(manager, ReportingPeriod, 'ReportingPeriod', id, version);
      await this.trail.removed(manager, actor, period);
      return true;
    });
  }

  /**
   * Fills the programme's span with periods of `months` months from its start, each due
   * `dueDays` after it ends, leaving out those that would overlap a period already defined,
   * so running it twice adds nothing. Answers all the programme's periods.
   */
  async generate(actor: User, args: GeneratePeriodsArgs): Promise<ReportingPeriod[]> {
    const programme = await this.policy.editableProgramme(actor, args.programmeId);
    await validateInput(args, '');
    const planned = generatePeriods(programme, args.months, args.dueDays);
    if (planned.length > REPORTING_PERIODS_MAX) {
      throw BadInputError.field('months', FieldMessage.OUT_OF_RANGE);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockProgramme(manager, programme.id);
      const existing = await periodsOf(manager, programme.id);
      const fresh = planned.filter((p) => !existing.some((e) => rangesOverlap(p, e)));
      if (existing.length + fresh.length > REPORTING_PERIODS_MAX) {
        throw BadInputError.field('months', FieldMessage.OUT_OF_RANGE);
      }
      for (const dates of fresh) {
        const period = await manager.save(
          manager.create(ReportingPeriod, { programmeId: programme.id, ...dates }),
        );
        await this.trail.created(manager, actor, period);
      }
      return periodsOf(manager, programme.id);
    });
  }

  /** NOT_FOUND unless the programme is readable, FORBIDDEN unless the actor coordinates it. */
  private async editable(actor: User, id: string) {
    const period = await findOrNotFound(this.dataSource, ReportingPeriod, 'ReportingPeriod', id);
    const programme = await this.policy.editableProgramme(actor, period.programmeId);
    return { period, programme };
  }

  /** Dates in order, within the programme, due no earlier than the end, overlapping no other. */
  private async check(
    manager: EntityManager,
    programme: Programme,
    input: ReportingPeriodInput,
    existing: ReportingPeriod | null,
  ): Promise<void> {
    const range = { start: input.startsOn, end: input.endsOn };
    const errors: FieldError[] = endNotBeforeStart(range, 'input.endsOn');
    if (errors.length === 0) {
      errors.push(
        ...withinPeriod(
          range,
          { start: programme.startsOn, end: programme.endsOn },
          { start: 'input.startsOn', end: 'input.endsOn' },
        ),
      );
    }
    errors.push(...endNotBeforeStart({ start: input.endsOn, end: input.dueOn }, 'input.dueOn'));
    const others = (await periodsOf(manager, programme.id)).filter((p) => p.id !== existing?.id);
    if (errors.length === 0 && others.some((p) => rangesOverlap(p, input))) {
      errors.push({ field: 'input.startsOn', message: FieldMessage.TAKEN });
    }
    throwIfAny(errors);
  }
}

function dates(input: ReportingPeriodInput) {
  return { startsOn: input.startsOn, endsOn: input.endsOn, dueOn: input.dueOn };
}

export function periodsOf(manager: EntityManager, programmeId: string) {
  return manager.find(ReportingPeriod, { where: { programmeId }, order: { startsOn: 'ASC' } });
}

/** A stale version is CONFLICT before anything is said about the period's reports or dates. */
async function assertVersion(manager: EntityManager, period: ReportingPeriod, version: number) {
  if (period.version !== version) {
    throw await conflictFor(manager, ReportingPeriod, 'ReportingPeriod', period.id);
  }
}

function hasReports(manager: EntityManager, period: ReportingPeriod): Promise<boolean> {
  return manager.existsBy(ProgressReport, {
    programmeId: period.programmeId,
    periodStart: period.startsOn,
    periodEnd: period.endsOn,
  });
}
