import {
  canMoveProgramme,
  FieldMessage,
  LIST_LIMITS,
  ProgrammeStatus,
  type FieldError,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { endNotBeforeStart, throwIfAny } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, nullIfNotFound } from '../../common/errors';
import type { Policy } from './programme-scope';
import { windowErrors, type ListWindow } from '../../common/list-limit';
import { normaliseTranslations } from '../../common/translation';
import { validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import { Action } from '../action-plan/public';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { ProgrammeCoordinator } from './programme-coordinator.entity';
import { ProgrammeSide } from './programme-side.entity';
import { ProgrammeSignatory } from './programme-signatory.entity';
import { Programme } from './programme.entity';
import type { CreateProgrammeInput, UpdateProgrammeInput } from './programme.inputs';

const AUDITED: (keyof Programme & string)[] = [
  'code',
  'title',
  'summary',
  'startsOn',
  'endsOn',
  'status',
  'published',
  'currency',
  'languages',
  'translations',
];

export class ProgrammeService {
  private readonly trail: AuditTrail<Programme>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'Programme',
      fields: AUDITED,
      summary: (programme) => `${programme.code} ${programme.title}`,
    });
  }

  /** Programmes the user may read, newest first, one window of them. */
  list(user: User, status: ProgrammeStatus | null, window: ListWindow): Promise<Programme[]> {
    throwIfAny(windowErrors(LIST_LIMITS.programmes, window.limit, window.offset));
    const query = this.dataSource.getRepository(Programme).createQueryBuilder('p');
    if (status) query.andWhere('p.status = :status', { status });
    return this.policy
      .scopeProgrammes(query, 'p', user)
      .orderBy('p.startsOn', 'DESC')
      .addOrderBy('p.code')
      .limit(window.limit)
      .offset(window.offset)
      .getMany();
  }

  /** Null where the programme does not exist or the user may not read it. */
  async get(user: User, id: string): Promise<Programme | null> {
    return this.policy.readableProgramme(user, id).catch(nullIfNotFound);
  }

  /** A new programme starts as a draft; its creator becomes one of its coordinators. */
  async create(actor: User, input: CreateProgrammeInput): Promise<Programme> {
    await validateInput(input);
    throwIfAny(endNotBeforeStart({ start: input.startsOn, end: input.endsOn }, 'input.endsOn'));
    const code = input.code.trim();
    await this.assertCodeFree(code);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const programme = await manager.save(
          manager.create(Programme, {
            code,
            title: input.title.trim(),
            summary: input.summary?.trim() || null,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            status: ProgrammeStatus.DRAFT,
            currency: input.currency ?? 'EUR',
            languages: [...new Set(input.languages ?? [])],
            translations: normaliseTranslations(input.translations),
          }),
        );
        await manager.insert(
          ProgrammeSide,
          input.sides.map((side, position) => ({
            programmeId: programme.id,
            name: side.name.trim(),
            country: side.country,
            position,
          })),
        );
        await manager.insert(ProgrammeCoordinator, { programmeId: programme.id, userId: actor.id });
        await this.trail.created(manager, actor, programme);
        return programme;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw BadInputError.field('input.code', FieldMessage.TAKEN);
      throw error;
    }
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: UpdateProgrammeInput,
  ): Promise<Programme> {
    const existing = await this.policy.editableProgramme(actor, id);
    await validateInput(input);
    const next = {
      title: input.title?.trim() ?? existing.title,
      summary: input.summary === undefined ? existing.summary : input.summary?.trim() || null,
      startsOn: input.startsOn ?? existing.startsOn,
      endsOn: input.endsOn ?? existing.endsOn,
      status: input.status ?? existing.status,
      currency: input.currency ?? existing.currency,
      languages: input.languages ? [...new Set(input.languages)] : existing.languages,
      translations: input.translations
        ? normaliseTranslations(input.translations)
        : existing.translations,
    };
    const errors: FieldError[] = endNotBeforeStart(
      { start: next.startsOn, end: next.endsOn },
      'input.endsOn',
    );
    if (!canMoveProgramme(existing.status, next.status)) {
      errors.push({ field: 'input.status', message: FieldMessage.TRANSITION_NOT_ALLOWED });
    }
    if (next.startsOn !== existing.startsOn || next.endsOn !== existing.endsOn) {
      errors.push(...(await this.recordsOutside(id, next.startsOn, next.endsOn)));
    }
    throwIfAny(errors);
    return this.change(actor, existing, version, next);
  }

  /** Puts the public page online or takes it down; drafts are never public. */
  async publish(actor: User, id: string, version: number, published: boolean): Promise<Programme> {
    const existing = await this.policy.editableProgramme(actor, id);
    if (published && existing.status === ProgrammeStatus.DRAFT) {
      throw BadInputError.field('published', FieldMessage.NOT_ALLOWED);
    }
    return this.change(actor, existing, version, { published });
  }

  private change(actor: User, existing: Programme, version: number, changes: Partial<Programme>) {
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(
        manager,
        Programme,
        'Programme',
        existing.id,
        version,
        changes,
      );
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /**
   * Shrinking the period must not strand actions outside it, nor leave a signature dated after
   * its end (a signature may precede the start: agreements are signed before work begins).
   */
  private async recordsOutside(
    programmeId: string,
    startsOn: string,
    endsOn: string,
  ): Promise<FieldError[]> {
    const [row] = await this.dataSource
      .getRepository(Action)
      .createQueryBuilder('a')
      .select('min(a.startsOn)', 'first')
      .addSelect('max(a.dueOn)', 'last')
      .where('a.programmeId = :programmeId', { programmeId })
      .getRawMany<{ first: string | null; last: string | null }>();
    const [signed] = await this.dataSource
      .getRepository(ProgrammeSignatory)
      .createQueryBuilder('s')
      .select('max(s.signedOn)', 'last')
      .where('s.programmeId = :programmeId', { programmeId })
      .getRawMany<{ last: string | null }>();
    const errors: FieldError[] = [];
    if (row?.first && row.first < startsOn)
      errors.push({ field: 'input.startsOn', message: FieldMessage.OUTSIDE_PERIOD });
    const lastDated = [row?.last, signed?.last].filter((day): day is string => Boolean(day));
    if (lastDated.some((day) => day > endsOn))
      errors.push({ field: 'input.endsOn', message: FieldMessage.OUTSIDE_PERIOD });
    return errors;
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.dataSource.getRepository(Programme).existsBy({ code })) {
      throw BadInputError.field('input.code', FieldMessage.TAKEN);
    }
  }
}
