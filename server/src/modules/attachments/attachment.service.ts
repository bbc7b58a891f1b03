import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { ErrorCode, FieldMessage, type FileRefusal } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { AppError, BadInputError, NotFoundError } from '../../common/errors';
import { findOrNotFound } from '../../common/find';
import {
  IDEMPOTENCY_HEADER,
  IdempotentWrites,
  type WriteTransaction,
} from '../../common/idempotency';
import type { Logger } from '../../common/logger';
import { AuditTrail, type AuditService } from '../audit/public';
import type { EventService } from '../events/public';
import type { TwinningService } from '../twinning/public';
import type { User } from '../users/public';
import type { AttachmentStore } from './attachment-store';
import { assertRoomFor } from './attachment-quota';
import { Attachment } from './attachment.entity';
import { detectKind, nameFor, sanitiseFileName } from './file-content';

/** A file refused for what it is (HTTP 415); `reason` is one of FileRefusal. */
export class UnsupportedFileError extends AppError {
  constructor(
    readonly reason: FileRefusal,
    message: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { reason });
  }
}

const AUDITED = [
  'eventId',
  'twinningRelationId',
  'fileName',
  'contentType',
  'size',
  'sha256',
] as const;

/** The record a file belongs to: an event or a twinning relation, never both. */
export type AttachmentOwner =
  { eventId: string; twinningRelationId: null } | { eventId: null; twinningRelationId: string };

/**
 * Files attached to events and twinning relations. Whoever may change the record adds and
 * removes its files; whoever may read it downloads them. The bytes go to the attachment store, the row and its audit entry
 * to the database in one transaction.
 */
export class AttachmentService {
  private readonly trail: AuditTrail<Attachment>;
  private readonly writes: IdempotentWrites;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly twinning: TwinningService,
    audit: AuditService,
    readonly store: AttachmentStore,
    private readonly logger: Logger,
  ) {
    this.writes = new IdempotentWrites(dataSource);
    this.trail = new AuditTrail(audit, {
      entityType: 'Attachment',
      fields: AUDITED,
      summary: (attachment) => attachment.fileName,
    });
  }

  /**
   * The record `user` may attach files to, named by exactly one of its ids; checked before
   * the upload is even read.
   */
  async ownerToAttachTo(
    user: User,
    ids: { eventId?: string; twinningRelationId?: string },
  ): Promise<AttachmentOwner> {
    if (ids.eventId && ids.twinningRelationId) {
      throw BadInputError.field('twinningRelationId', FieldMessage.NOT_ALLOWED);
    }
    if (ids.twinningRelationId) {
      const relation = await this.twinning.changeable(user, ids.twinningRelationId);
      return { eventId: null, twinningRelationId: relation.id };
    }
    const event = await this.events.editable(user, ids.eventId ?? '');
    return { eventId: event.id, twinningRelationId: null };
  }

  /**
   * Stores `data` as a file of `owner`, if its content is of an accepted kind and it fits the
   * quotas of `owner` and its programme.
   */
  attach(
    actor: User,
    owner: AttachmentOwner,
    rawName: string,
    data: Buffer,
    idempotencyKey?: string,
  ): Promise<Attachment> {
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    return this.writes.once(
      {
        userId: actor.id,
        key: idempotencyKey,
        operation: 'uploadAttachment',
        args: { owner, name: rawName, sha256 },
        field: IDEMPOTENCY_HEADER,
      },
      (id) => this.readable(actor, id),
      (transaction) => this.attachIn(transaction, actor, owner, rawName, data, sha256),
    );
  }

  private async attachIn(
    transaction: WriteTransaction,
    actor: User,
    owner: AttachmentOwner,
    rawName: string,
    data: Buffer,
    sha256: string,
  ): Promise<Attachment> {
    const sanitised = sanitiseFileName(rawName);
    if (!sanitised) throw BadInputError.field('name', FieldMessage.REQUIRED);
    const detected = detectKind(data, sanitised);
    if ('refusal' in detected) throw new UnsupportedFileError(detected.refusal, detected.message);
    const named = nameFor(sanitised, detected.kind);
    if ('refusal' in named) throw new UnsupportedFileError(named.refusal, named.message);

    const storageKey = crypto.randomUUID();
    await this.store.put(storageKey, data);
    try {
      return await transaction(async (manager) => {
        await assertRoomFor(manager, owner, data.length);
        const attachment = await manager.save(
          manager.create(Attachment, {
            ...owner,
            fileName: named.name,
            contentType: detected.kind.contentType,
            size: data.length,
            sha256,
            storageKey,
            uploadedById: actor.id,
          }),
        );
        await this.trail.created(manager, actor, attachment);
        return attachment;
      });
    } catch (error) {
      await this.discard(storageKey);
      throw error;
    }
  }

  /** The attachment if `user` may read its event or relation, else NOT_FOUND. */
  async readable(user: User, id: string): Promise<Attachment> {
    const attachment = await findOrNotFound(this.dataSource, Attachment, 'Attachment', id);
    const owner = attachment.twinningRelationId
      ? this.twinning.readable(user, attachment.twinningRelationId)
      : this.events.readable(user, attachment.eventId ?? '');
    await owner.catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Attachment') : error;
    });
    return attachment;
  }

  /** The attachment and its bytes, for a user who may read its event or relation. */
  async open(user: User, id: string): Promise<{ attachment: Attachment; content: Readable }> {
    const attachment = await this.readable(user, id);
    const content = await this.store.get(attachment.storageKey);
    if (!content) {
      this.logger.error({ attachmentId: id }, 'attachment row without stored content');
      throw new NotFoundError('Attachment');
    }
    return { attachment, content };
  }

  /** Removes an attachment: the row and its audit entry together, then the bytes. */
  async remove(actor: User, id: string): Promise<void> {
    const attachment = await this.readable(actor, id);
    if (attachment.twinningRelationId) {
      await this.twinning.changeable(actor, attachment.twinningRelationId);
    } else {
      await this.events.editable(actor, attachment.eventId ?? '');
    }
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(Attachment, { id });
      // Someone else removed it meanwhile: nothing to audit.
      if (!affected) throw new NotFoundError('Attachment');
      await this.trail.removed(manager, actor, attachment);
    });
    await this.discard(attachment.storageKey);
  }

  /** Deletes stored bytes no row points at; a failure only leaves an orphan file behind. */
  private async discard(storageKey: string): Promise<void> {
    await this.store.delete(storageKey).catch((error: unknown) => {
      this.logger.warn({ err: error, storageKey }, 'could not delete attachment content');
    });
  }
}
