import { AuditAction } from '@spilno/shared';
import type { EntityManager } from 'typeorm';
import type { User } from '../users/public';
import { changedFields, type AuditService } from './audit.service';
import type { FieldChange } from './audit-entry.entity';

export interface TrailSpec<T> {
  /** The audit entity type, e.g. "Action"; also the label of a CONFLICT. */
  entityType: string;
  /** The fields whose before/after are kept. */
  fields: readonly (keyof T & string)[];
  /** A human label of the record at the time, e.g. its code and title. */
  summary: (record: T) => string | null;
}

/**
 * The audit entries of one kind of record. Each is written through the caller's manager,
 * so it commits or rolls back with the change it describes.
 */
export class AuditTrail<T extends { id: string }> {
  constructor(
    private readonly audit: AuditService,
    readonly spec: TrailSpec<T>,
  ) {}

  created(manager: EntityManager, actor: User, record: T): Promise<void> {
    return this.write(
      manager,
      actor,
      AuditAction.CREATE,
      record,
      changedFields(null, record, this.spec.fields),
    );
  }

  updated(manager: EntityManager, actor: User, before: T, after: T): Promise<void> {
    return this.write(
      manager,
      actor,
      AuditAction.UPDATE,
      after,
      changedFields(before, after, this.spec.fields),
    );
  }

  removed(manager: EntityManager, actor: User, record: T): Promise<void> {
    return this.write(
      manager,
      actor,
      AuditAction.DELETE,
      record,
      changedFields(record, {}, this.spec.fields),
    );
  }

  /** An entry with explicit changes, for changes that are not field edits (e.g. a password). */
  write(
    manager: EntityManager,
    actor: User,
    action: AuditAction,
    record: T,
    changes: FieldChange[],
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      entityType: this.spec.entityType,
      entityId: record.id,
      summary: this.spec.summary(record),
      changes,
    });
  }
}
