import {
  ACTION_REQUIRED_COLUMNS,
  ActionStatus,
  AuditAction,
  FieldMessage,
  isLocalDate,
  PROGRESS_MAX,
  type FieldError,
} from '@spilno/shared';
import { In, type DataSource } from 'typeorm';
import {
  assertValid,
  ImportRowAction,
  parseCsv,
  summarise,
  type CsvRecord,
  type ImportPreview,
  type ImportRow,
} from '../../common/csv';
import { endNotBeforeStart, withinPeriod } from '../../common/dates';
import { type Policy, Partner, type Programme } from '../programmes/public';
import { fieldErrors } from '../../common/validate';
import { changedFields, type AuditService } from '../audit/public';
import { Organisation } from '../organisations/public';
import type { User } from '../users/public';
import { ActionResponsible } from './action-responsible.entity';
import { LIST_SEPARATOR } from './action-table';
import { Action } from './action.entity';
import { ActionInput } from './action.inputs';

const COMPARED: (keyof Action & string)[] = [
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
];

interface PlannedAction {
  row: ImportRow;
  code: string;
  parentCode: string | null;
  fields: Partial<Action>;
  existing: Action | null;
  partnerIds: string[];
}

/** The action plan from CSV: preview every row, then all or nothing. Rows match actions by code. */
export class ActionImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: AuditService,
  ) {}

  async preview(actor: User, programmeId: string, csv: string): Promise<ImportPreview> {
    const programme = await this.policy.editableProgramme(actor, programmeId);
    return summarise((await this.plan(programme, csv)).map((p) => p.row));
  }

  async import(actor: User, programmeId: string, csv: string): Promise<ImportPreview> {
    const programme = await this.policy.editableProgramme(actor, programmeId);
    const planned = await this.plan(programme, csv);
    const preview = summarise(planned.map((p) => p.row));
    assertValid(preview);
    await this.dataSource.transaction(async (manager) => {
      const ids = new Map(
        (await manager.findBy(Action, { programmeId })).map((a) => [a.code, a.id]),
      );
      // Rows come parents first (checked in plan), so each parent id is known when needed.
      for (const p of planned) {
        const parentId = p.parentCode ? (ids.get(p.parentCode) ?? null) : null;
        const fields = { ...p.fields, parentId };
        if (p.existing) {
          if (p.row.action === ImportRowAction.UNCHANGED) continue;
          await manager.update(
            Action,
            { id: p.existing.id },
            { ...fields, version: () => '"version" + 1' },
          );
        } else {
          const created = await manager.save(
            manager.create(Action, { programmeId, code: p.code, ...fields }),
          );
          ids.set(p.code, created.id);
        }
        const id = ids.get(p.code)!;
        await manager.delete(ActionResponsible, { actionId: id });
        if (p.partnerIds.length)
          await manager.insert(
            ActionResponsible,
            p.partnerIds.map((partnerId) => ({ actionId: id, partnerId })),
          );
        await this.audit.record(manager, {
          actorId: actor.id,
          action: p.existing ? AuditAction.UPDATE : AuditAction.CREATE,
          entityType: 'Action',
          entityId: id,
          summary: `${p.code} ${p.fields.title}`,
          changes: changedFields(p.existing, fields, COMPARED),
        });
      }
    });
    return preview;
  }

  private async plan(programme: Programme, csv: string): Promise<PlannedAction[]> {
    const records = parseCsv(csv, ACTION_REQUIRED_COLUMNS);
    const existing = await this.dataSource
      .getRepository(Action)
      .findBy({ programmeId: programme.id });
    const byCode = new Map(existing.map((a) => [a.code, a]));
    const parents = new Set(
      existing.filter((a) => existing.some((c) => c.parentId === a.id)).map((a) => a.code),
    );
    const partners: { id: string; name: string }[] = await this.dataSource
      .getRepository(Partner)
      .createQueryBuilder('p')
      .innerJoin(Organisation, 'o', 'o.id = p.organisationId')
      .select('p.id', 'id')
      .addSelect('o.name', 'name')
      .where('p.programmeId = :id', { id: programme.id })
      .getRawMany();
    const partnerByName = new Map(partners.map((p) => [p.name.toLowerCase(), p.id]));
    const responsible = new Map<string, string[]>();
    if (existing.length) {
      for (const link of await this.dataSource
        .getRepository(ActionResponsible)
        .findBy({ actionId: In(existing.map((a) => a.id)) })) {
        responsible.set(link.actionId, [...(responsible.get(link.actionId) ?? []), link.partnerId]);
      }
    }
    const seen = new Set<string>();
    const planned: PlannedAction[] = [];
    for (const record of records) {
      const p = await this.planRow(programme, record, byCode, partnerByName, seen);
      if (p.parentCode) parents.add(p.parentCode);
      planned.push(p);
      seen.add(p.code);
    }
    // A parent's progress is derived from its children, so a file cannot set it.
    for (const p of planned)
      if (parents.has(p.code) && p.existing) p.fields.ownProgress = p.existing.ownProgress;
    for (const p of planned) {
      if (p.existing && p.row.errors.length === 0) {
        const changed =
          changedFields(
            p.existing,
            {
              ...p.fields,
              parentId: p.parentCode ? (byCode.get(p.parentCode)?.id ?? 'new') : null,
            },
            COMPARED,
          ).length > 0;
        p.row.action =
          changed || !sameSet(responsible.get(p.existing.id) ?? [], p.partnerIds)
            ? ImportRowAction.UPDATE
            : ImportRowAction.UNCHANGED;
      }
    }
    return planned;
  }

  private async planRow(
    programme: Programme,
    record: CsvRecord,
    byCode: Map<string, Action>,
    partnerByName: Map<string, string>,
    seen: Set<string>,
  ): Promise<PlannedAction> {
    const v = record.values;
    const code = (v.code ?? '').trim();
    const input = Object.assign(new ActionInput(), {
      code,
      title: v.title ?? '',
      description: v.description || null,
      startsOn: v.startsOn ?? '',
      dueOn: v.dueOn ?? '',
      weight: v.weight ? Number(v.weight) : null,
      plannedBudget: v.plannedBudget ? Number(v.plannedBudget) : null,
      spentBudget: v.spentBudget ? Number(v.spentBudget) : null,
    });
    const errors: FieldError[] = await fieldErrors(input);
    for (const field of ['startsOn', 'dueOn'] as const) {
      if (!isLocalDate(input[field])) errors.push({ field, message: FieldMessage.INVALID_DATE });
    }
    if (!errors.some((e) => e.field === 'startsOn' || e.field === 'dueOn')) {
      const range = { start: input.startsOn, end: input.dueOn };
      errors.push(
        ...endNotBeforeStart(range, 'dueOn'),
        ...withinPeriod(
          range,
          { start: programme.startsOn, end: programme.endsOn },
          { start: 'startsOn', end: 'dueOn' },
        ),
      );
    }
    if (seen.has(code)) errors.push({ field: 'code', message: FieldMessage.TAKEN });
    const parentCode = v.parentCode?.trim() || null;
    if (parentCode && !seen.has(parentCode) && !byCode.has(parentCode))
      errors.push({ field: 'parentCode', message: FieldMessage.UNKNOWN_REFERENCE });
    if (parentCode === code) errors.push({ field: 'parentCode', message: FieldMessage.CYCLE });
    const status = (v.status || ActionStatus.PLANNED).toUpperCase() as ActionStatus;
    if (!Object.values(ActionStatus).includes(status))
      errors.push({ field: 'status', message: FieldMessage.INVALID });
    const progress = v.progress ? Number(v.progress) : 0;
    if (!Number.isFinite(progress) || progress < 0 || progress > PROGRESS_MAX)
      errors.push({ field: 'progress', message: FieldMessage.OUT_OF_RANGE });
    const names = (v.responsible ?? '')
      .split(LIST_SEPARATOR)
      .map((n) => n.trim())
      .filter(Boolean);
    const partnerIds = names
      .map((n) => partnerByName.get(n.toLowerCase()))
      .filter((id): id is string => Boolean(id));
    if (partnerIds.length !== names.length)
      errors.push({ field: 'responsible', message: FieldMessage.UNKNOWN_REFERENCE });
    const existing = byCode.get(code) ?? null;
    return {
      row: {
        line: record.line,
        action: existing ? ImportRowAction.UPDATE : ImportRowAction.CREATE,
        label: code ? `${code} ${input.title}` : `#${record.line}`,
        errors,
      },
      code,
      parentCode,
      existing,
      partnerIds: [...new Set(partnerIds)],
      fields: {
        title: input.title.trim(),
        description: input.description?.trim() || null,
        startsOn: input.startsOn,
        dueOn: input.dueOn,
        status,
        ownProgress: Math.round(progress),
        weight: input.weight ?? 1,
        plannedBudget: input.plannedBudget ?? null,
        spentBudget: input.spentBudget ?? null,
      },
    };
  }
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
