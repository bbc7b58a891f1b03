import { AuditAction } from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { isId } from '../../common/ids';
import { pageWindow, type Page, type PageArgs } from '../../common/pagination';
import { AuditEntry, type FieldChange } from './audit-entry.entity';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  summary?: string | null;
  changes?: FieldChange[];
}

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: AuditAction | null;
  from?: Date | null;
  to?: Date | null;
}

/** Plain values for the log: dates as ISO strings, the rest as they are. */
function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/** The fields whose values differ between `before` and `after`, limited to `fields`. */
export function changedFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = plain(before?.[field]);
    const now = plain(after[field]);
    if (JSON.stringify(was) !== JSON.stringify(now))
      changes.push({ field, before: was, after: now });
  }
  return changes;
}

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one entry with the caller's transaction, so the change and its record stand or fall together. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.insert(AuditEntry, {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      summary: entry.summary?.slice(0, 300) ?? null,
      changes: (entry.changes ?? []) as never,
    });
  }

  async list(filter: AuditFilter, page: PageArgs): Promise<Page<AuditEntry>> {
    const { take, skip } = pageWindow(page);
    // A malformed id matches no actor; PostgreSQL would refuse to compare it with a uuid column.
    if (filter.actorId && !isId(filter.actorId)) return { items: [], total: 0 };
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (filter.entityType) query.andWhere('a.entityType = :entityType', filter);
    if (filter.entityId) query.andWhere('a.entityId = :entityId', filter);
    if (filter.actorId) query.andWhere('a.actorId = :actorId', filter);
    if (filter.action) query.andWhere('a.action = :action', filter);
    if (filter.from) query.andWhere('a.at >= :from', filter);
    if (filter.to) query.andWhere('a.at < :to', filter);
    const [items, total] = await query
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(take)
      .skip(skip)
      .getManyAndCount();
    return { items, total };
  }
}
