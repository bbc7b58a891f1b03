import { canMoveIssue, IssueStatus, needsResolution } from '@spilno/shared';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { Event } from '../../modules/events/public';
import {
  IssueComment,
  IssueStatusChange,
  MonitoringIssue,
  MonitoringRound,
  RoundSubmission,
} from '../../modules/monitoring/public';
import { Partner } from '../../modules/programmes/public';
import { COORDINATOR, KH_BE_ISSUES, KH_BE_ROUNDS, type SeedIssue } from './monitoring';

/** Seed times are Kyiv wall-clock times of 2012–2013. */
function kyiv(local: string): Date {
  const time = DateTime.fromISO(local, { zone: 'Europe/Kyiv' });
  if (!time.isValid) throw new Error(`demo monitoring has a bad time ${local}`);
  return time.toJSDate();
}

function known(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo monitoring names unknown ${what} "${key}"`);
  return id;
}

/**
 * The rounds, issues, threads and histories of the Kharkiv–Belgorod programme. `orgs` maps
 * organisation keys and `users` demo e-mails to ids. Every move is checked against the
 * workflow, so the demo never shows a history the app itself would refuse.
 */
export async function insertMonitoring(
  manager: EntityManager,
  programmeId: string,
  orgs: ReadonlyMap<string, string>,
  users: ReadonlyMap<string, string>,
): Promise<void> {
  const partners = await manager.findBy(Partner, { programmeId });
  const events = await manager.findBy(Event, { programmeId });
  const user = (email: string) => known(users, email, 'account');
  const rounds = new Map<string, string>();
  for (const seed of KH_BE_ROUNDS) {
    const round = await manager.save(
      manager.create(MonitoringRound, {
        programmeId,
        title: seed.title,
        periodStart: seed.periodStart,
        periodEnd: seed.periodEnd,
        prompts: seed.prompts,
        status: seed.status,
        openedById: user(COORDINATOR),
        closedAt: seed.closedAt ? kyiv(seed.closedAt) : null,
        createdAt: kyiv(seed.openedAt),
      }),
    );
    rounds.set(seed.key, round.id);
    for (const key of seed.submitted) {
      const organisationId = known(orgs, key, 'organisation');
      const partner = partners.find((p) => p.organisationId === organisationId);
      if (!partner) throw new Error(`demo round names "${key}", not a partner`);
      await manager.insert(RoundSubmission, {
        roundId: round.id,
        partnerId: partner.id,
        submittedById: user(COORDINATOR),
        submittedAt: kyiv(seed.closedAt ?? seed.openedAt),
      });
    }
  }
  for (const seed of KH_BE_ISSUES)
    await insertIssue(manager, programmeId, seed, {
      raisedById: known(orgs, seed.raisedBy, 'organisation'),
      roundId: seed.round ? known(rounds, seed.round, 'round') : null,
      eventId: seed.event
        ? (events.find((e) => e.title === seed.event)?.id ?? missing(seed.event))
        : null,
      user,
    });
}

function missing(event: string): never {
  throw new Error(`demo monitoring names unknown event "${event}"`);
}

async function insertIssue(
  manager: EntityManager,
  programmeId: string,
  seed: SeedIssue,
  refs: {
    raisedById: string;
    roundId: string | null;
    eventId: string | null;
    user: (email: string) => string;
  },
): Promise<void> {
  const steps = seed.steps ?? [];
  let status = IssueStatus.OPEN;
  for (const step of steps) {
    if (!canMoveIssue(status, step.to)) {
      throw new Error(`demo issue "${seed.title}" moves ${status} → ${step.to}`);
    }
    status = step.to;
  }
  if (needsResolution(status) !== Boolean(seed.resolution)) {
    throw new Error(`demo issue "${seed.title}" has a resolution only when closed`);
  }
  const last = steps.at(-1);
  const issue = await manager.save(
    manager.create(MonitoringIssue, {
      programmeId,
      kind: seed.kind,
      category: seed.category,
      severity: seed.severity,
      title: seed.title,
      description: seed.description,
      raisedById: refs.raisedById,
      reportedById: refs.user(seed.reporter),
      eventId: refs.eventId,
      roundId: refs.roundId,
      status,
      assigneeId: seed.assignee ? refs.user(seed.assignee) : null,
      resolution: seed.resolution ?? null,
      version: steps.length + 1,
      createdAt: kyiv(seed.raisedAt),
      updatedAt: kyiv(last?.at ?? seed.raisedAt),
    }),
  );
  let from: IssueStatus | null = null;
  for (const step of [{ to: IssueStatus.OPEN, at: seed.raisedAt, by: seed.reporter }, ...steps]) {
    await manager.insert(IssueStatusChange, {
      issueId: issue.id,
      actorId: refs.user(step.by),
      fromStatus: from,
      toStatus: step.to,
      at: kyiv(step.at),
    });
    from = step.to;
  }
  const thread = [
    ...steps.flatMap((step) =>
      step.comment ? [{ by: step.by, at: step.at, text: step.comment, movedTo: step.to }] : [],
    ),
    ...(seed.comments ?? []).map((comment) => ({ ...comment, movedTo: null })),
  ];
  for (const comment of thread) {
    await manager.insert(IssueComment, {
      issueId: issue.id,
      authorId: refs.user(comment.by),
      text: comment.text,
      movedTo: comment.movedTo,
      at: kyiv(comment.at),
    });
  }
}
