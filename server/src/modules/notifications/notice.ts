import type { NotificationKind } from '@spilno/shared';

/** Who may be told: the programme's coordinators, or everyone working for some organisations. */
export type Audience = { coordinatorsOf: string } | { organisations: string[] };

/**
 * What a module reports after a write, as plain data: it travels through the job queue, and
 * the recipients are worked out from it once the write has committed.
 */
export interface Notice {
  kind: NotificationKind;
  /** Who did it; never told of their own action. */
  actorId: string | null;
  programmeId: string | null;
  /** The record told of: only those who may read it are told (see `registerReader`). */
  record: { type: string; id: string };
  audience: Audience[];
  /** The record's name as its readers know it (a title, a period). */
  subject: string;
  /** A status the record moved to, a decision or a due date: see the message catalogue. */
  detail?: string;
  link: string;
  /** Names the occurrence: a notice delivered twice with the same key tells each user once. */
  key: string;
}
