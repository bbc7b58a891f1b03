import crypto from 'node:crypto';
import {
  AuditAction,
  FieldMessage,
  ORGANISATION_COLUMNS,
  ORGANISATION_REQUIRED_COLUMNS,
  OrganisationKind,
  type FieldError,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import {
  assertValid,
  ImportRowAction,
  parseCsv,
  summarise,
  toCsv,
  type CsvRecord,
  type ImportPreview,
  type ImportRow,
} from '../../common/csv';
import { throwIfAny } from '../../common/dates';
import { NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { fieldErrors, validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import { AuditTrail, changedFields, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { OrganisationInput } from './organisation-input';
import { Organisation } from './organisation.entity';
import type { OrganisationsArgs } from './organisation.inputs';
import type { OrganisationService } from './organisation.service';

const AUDITED: (keyof Organisation & string)[] = [
  'name',
  'nameEn',
  'kind',
  'country',
  'region',
  'parentId',
  'population',
  'councilsInRegion',
];
/** Rows written per INSERT during an import. */
const BATCH = 500;

interface PlannedRow {
  row: ImportRow;
  id: string;
  fields: Partial<Organisation>;
  existing: Organisation | null;
}

/** Keeping the directory: edits by admins and coordinators, and CSV import and export. */
export class DirectoryService {
  private readonly trail: AuditTrail<Organisation>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: 'Organisation',
      fields: AUDITED,
      summary: (organisation) => organisation.name,
    });
  }

  async create(actor: User, input: OrganisationInput): Promise<Organisation> {
    await validateInput(input);
    await this.checkParent(null, input.parentId ?? null);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.save(manager.create(Organisation, fields(input)));
      await this.trail.created(manager, actor, organisation);
      return organisation;
    });
  }

  async update(
    actor: User,
    id: string,
    version: number,
    input: OrganisationInput,
  ): Promise<Organisation> {
    const existing = await this.organisations.get(id);
    if (!existing) throw new NotFoundError('Organisation');
    await validateInput(input);
    await this.checkParent(id, input.parentId ?? null);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(
        manager,
        Organisation,
        'Organisation',
        id,
        version,
        fields(input),
      );
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /** What an import would do, row by row; writes nothing. */
  async previewImport(csv: string): Promise<ImportPreview> {
    return summarise((await this.plan(csv)).map((p) => p.row));
  }

  /** All or nothing: any bad row refuses the whole file, naming each bad row and field. */
  async import(actor: User, csv: string): Promise<ImportPreview> {
    const planned = await this.plan(csv);
    const preview = summarise(planned.map((p) => p.row));
    assertValid(preview);
    await this.dataSource.transaction(async (manager) => {
      const creates = planned.filter((p) => p.row.action === ImportRowAction.CREATE);
      // Parents inside the file come first, so the self-reference holds row by row.
      for (let i = 0; i < creates.length; i += BATCH) {
        await manager.insert(
          Organisation,
          creates.slice(i, i + BATCH).map((p) => ({ id: p.id, ...p.fields })),
        );
      }
      for (const p of planned.filter((x) => x.row.action === ImportRowAction.UPDATE)) {
        await manager.update(
          Organisation,
          { id: p.id },
          { ...p.fields, version: () => '"version" + 1' },
        );
      }
      for (const p of planned.filter((x) => x.row.action !== ImportRowAction.UNCHANGED)) {
        const action = p.existing ? AuditAction.UPDATE : AuditAction.CREATE;
        const record = { ...p.existing, ...p.fields, id: p.id } as Organisation;
        await this.trail.write(
          manager,
          actor,
          action,
          record,
          changedFields(p.existing, p.fields, AUDITED),
        );
      }
    });
    return preview;
  }

  /** The directory (filtered like the list) as CSV with the import's columns. */
  async exportCsv(args: OrganisationsArgs): Promise<string> {
    const all = await this.dataSource
      .getRepository(Organisation)
      .find({ order: { name: 'ASC', id: 'ASC' } });
    const names = nameIndex(all);
    const byId = new Map(all.map((o) => [o.id, o]));
    const items = await this.organisations.all(args);
    return toCsv(
      ORGANISATION_COLUMNS,
      items.map((o) => {
        const parent = o.parentId ? byId.get(o.parentId) : undefined;
        return {
          ...o,
          // A parent is named when the name is unambiguous, else referred to by id.
          parent: parent
            ? (names.get(parent.name)?.length ?? 0) > 1
              ? parent.id
              : parent.name
            : '',
        };
      }),
    );
  }

  private async plan(csv: string): Promise<PlannedRow[]> {
    const records = parseCsv(csv, ORGANISATION_REQUIRED_COLUMNS);
    const all = await this.dataSource.getRepository(Organisation).find();
    const byId = new Map(all.map((o) => [o.id, o]));
    const names = nameIndex(all);
    const planned: PlannedRow[] = [];
    for (const record of records) {
      planned.push(await this.planRow(record, byId, names));
      const last = planned[planned.length - 1]!;
      // Later rows may name an organisation created earlier in the same file as their parent.
      if (!last.existing && last.row.errors.length === 0) {
        names.set(last.fields.name!, [
          ...(names.get(last.fields.name!) ?? []),
          { id: last.id } as Organisation,
        ]);
        byId.set(last.id, { id: last.id } as Organisation);
      }
    }
    return planned;
  }

  private async planRow(
    record: CsvRecord,
    byId: Map<string, Organisation>,
    names: Map<string, Organisation[]>,
  ): Promise<PlannedRow> {
    const v = record.values;
    const input = Object.assign(new OrganisationInput(), {
      name: v.name ?? '',
      nameEn: v.nameEn || null,
      kind: (v.kind ?? '').toUpperCase() as OrganisationKind,
      country: (v.country ?? '').toUpperCase(),
      region: v.region || null,
      population: numberOrNull(v.population),
      councilsInRegion: numberOrNull(v.councilsInRegion),
    });
    const errors: FieldError[] = await fieldErrors(input);
    const parent = resolve(v.parent ?? '', byId, names);
    if (parent === undefined)
      errors.push({ field: 'parent', message: FieldMessage.UNKNOWN_REFERENCE });
    else if (parent === null && v.parent)
      errors.push({ field: 'parent', message: FieldMessage.INVALID });
    input.parentId = parent?.id ?? null;
    let existing: Organisation | null;
    if (v.id) {
      // Rows created earlier in the same file have no version yet and cannot be updated by id.
      existing = (isId(v.id) && byId.get(v.id)?.version ? byId.get(v.id) : null) ?? null;
      if (!existing) errors.push({ field: 'id', message: FieldMessage.UNKNOWN_REFERENCE });
    } else {
      const same = (names.get(input.name) ?? []).filter(
        (o) => o.country === input.country && (o.parentId ?? null) === input.parentId,
      );
      if (same.length > 1) errors.push({ field: 'name', message: FieldMessage.INVALID });
      existing = same.length === 1 && same[0]!.version ? same[0]! : null;
    }
    const next = fields(input);
    const action = !existing
      ? ImportRowAction.CREATE
      : changedFields(existing, next, AUDITED).length
        ? ImportRowAction.UPDATE
        : ImportRowAction.UNCHANGED;
    return {
      row: { line: record.line, action, label: input.name || `#${record.line}`, errors },
      id: existing?.id ?? crypto.randomUUID(),
      fields: next,
      existing,
    };
  }

  /** The parent must exist and must not be the organisation itself or below it. */
  private async checkParent(id: string | null, parentId: string | null): Promise<void> {
    if (!parentId) return;
    if (!(await this.dataSource.getRepository(Organisation).existsBy({ id: parentId }))) {
      throwIfAny([{ field: 'input.parentId', message: FieldMessage.UNKNOWN_REFERENCE }]);
    }
    if (!id) return;
    const rows: unknown[] = await this.dataSource.query(
      `WITH RECURSIVE up AS (SELECT id, "parentId" FROM organisation WHERE id = $1
         UNION SELECT o.id, o."parentId" FROM organisation o JOIN up ON o.id = up."parentId")
       SELECT 1 FROM up WHERE id = $2`,
      [parentId, id],
    );
    if (rows.length) throwIfAny([{ field: 'input.parentId', message: FieldMessage.CYCLE }]);
  }
}

function fields(input: OrganisationInput): Partial<Organisation> {
  return {
    name: input.name.trim(),
    nameEn: input.nameEn?.trim() || null,
    kind: input.kind,
    country: input.country,
    region: input.region?.trim() || null,
    parentId: input.parentId ?? null,
    population: input.population ?? null,
    councilsInRegion: input.councilsInRegion ?? null,
  };
}

function nameIndex(all: Organisation[]): Map<string, Organisation[]> {
  const names = new Map<string, Organisation[]>();
  for (const o of all) names.set(o.name, [...(names.get(o.name) ?? []), o]);
  return names;
}

/** A parent given by id or by exact name: the organisation, null when none/ambiguous-by-name, undefined when unknown. */
function resolve(
  ref: string,
  byId: Map<string, Organisation>,
  names: Map<string, Organisation[]>,
): Organisation | null | undefined {
  const value = ref.trim();
  if (!value) return null;
  if (isId(value)) return byId.get(value) ?? undefined;
  const matches = names.get(value) ?? [];
  if (matches.length === 0) return undefined;
  return matches.length === 1 ? matches[0]! : null;
}

function numberOrNull(value: string | undefined): number | null {
  if (!value?.trim()) return null;
  const n = Number(value.replace(/\s/g, ''));
  return Number.isFinite(n) ? n : NaN;
}
