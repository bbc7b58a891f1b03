import { AttachmentQuota, ErrorCode, QuotaKind } from '@spilno/shared';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors';
import type { AttachmentOwner } from './attachment.service';

/** An upload past one of the quotas; `quota` names which, `limit` its figure. */
export class QuotaExceededError extends AppError {
  constructor(quota: QuotaKind, limit: number) {
    super(ErrorCode.QUOTA_EXCEEDED, `No room for this file: the ${quota} quota is ${limit}`, {
      quota,
      limit,
    });
  }
}

interface Usage {
  files: number;
  bytes: number;
}

async function usage(manager: EntityManager, sql: string, id: string): Promise<Usage> {
  const rows: { files: number; bytes: string }[] = await manager.query(
    `SELECT count(*)::int AS files, coalesce(sum(a.size), 0)::bigint AS bytes
       FROM attachment a ${sql}`,
    [id],
  );
  return { files: rows[0]?.files ?? 0, bytes: Number(rows[0]?.bytes ?? 0) };
}

function assertWithin(used: Usage, size: number, files: QuotaKind, bytes: QuotaKind): void {
  if (used.files + 1 > AttachmentQuota[files]) {
    throw new QuotaExceededError(files, AttachmentQuota[files]);
  }
  if (used.bytes + size > AttachmentQuota[bytes]) {
    throw new QuotaExceededError(bytes, AttachmentQuota[bytes]);
  }
}

/**
 * Refuses a file of `size` bytes that would take `owner` or its programme past a quota.
 * Runs in the upload's transaction and first locks the programme's row (or, for a twinning
 * relation outside any programme, the relation's), so parallel uploads are counted one after
 * another and cannot all slip in under the same figure. NO KEY UPDATE: events and files still
 * get inserted under the programme meanwhile; only other uploads wait.
 */
export async function assertRoomFor(
  manager: EntityManager,
  owner: AttachmentOwner,
  size: number,
): Promise<void> {
  const { table, column, id } =
    owner.eventId === null
      ? { table: 'twinning_relation', column: 'twinningRelationId', id: owner.twinningRelationId }
      : { table: 'event', column: 'eventId', id: owner.eventId };
  const found: { programmeId: string | null }[] = await manager.query(
    `SELECT "programmeId" FROM ${table} WHERE id = $1`,
    [id],
  );
  const programmeId = found[0]?.programmeId ?? null;
  if (programmeId) {
    await manager.query('SELECT 1 FROM programme WHERE id = $1 FOR NO KEY UPDATE', [programmeId]);
  } else {
    await manager.query('SELECT 1 FROM twinning_relation WHERE id = $1 FOR NO KEY UPDATE', [id]);
  }
  const record = await usage(manager, `WHERE a."${column}" = $1`, id);
  assertWithin(record, size, QuotaKind.FILES_PER_RECORD, QuotaKind.BYTES_PER_RECORD);
  if (!programmeId) return;
  const programme = await usage(
    manager,
    `LEFT JOIN event e ON e.id = a."eventId"
     LEFT JOIN twinning_relation t ON t.id = a."twinningRelationId"
     WHERE e."programmeId" = $1 OR t."programmeId" = $1`,
    programmeId,
  );
  assertWithin(programme, size, QuotaKind.FILES_PER_PROGRAMME, QuotaKind.BYTES_PER_PROGRAMME);
}
