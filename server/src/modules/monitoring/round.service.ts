import { AuditAction, FieldMessage, LIST_LIMITS, MonitoringRoundStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { endNotBeforeStart, throwIfAny } from '../../common/dates';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { isId } from '../../common/ids';
import { windowErrors, type ListWindow } from '../../common/list-limit';
import { validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import { Partner } from '../programmes/public';
import type { User } from '../users/public';
import type { MonitoringAccess } from './monitoring-access';
import { mayActFor } from './issue.policy';
import { MonitoringRound } from './monitoring-round.entity';
import type { RoundInput } from './monitoring.inputs';
import { RoundSubmission } from './round-submission.entity';

const AUDITED: (keyof MonitoringRound & string)[] = [
  'title',
  'periodStart',
  'periodEnd',
  'prompts',
  'status',
  'closedAt',
];

const LABEL = 'MonitoringRound';

/** Monitoring rounds: coordinators open and close them; each partner submits its answers. */
export class RoundService {
  private readonly trail: AuditTrail<MonitoringRound>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MonitoringAccess,
    private readonly audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: LABEL,
      fields: AUDITED,
      summary: (round) => round.title,
    });
  }

  readable(user: User, id: string): Promise<MonitoringRound> {
    return this.access.readableRound(user, id);
  }

  /** A programme's rounds, the latest period first. */
  /** The programme's rounds, latest first, one window of them. */
  async list(user: User, programmeId: string, window: ListWindow): Promise<MonitoringRound[]> {
    await this.access.policy.readableProgramme(user, programmeId);
    throwIfAny(windowErrors(LIST_LIMITS.monitoringRounds, window.limit, window.offset));
    return this.dataSource.getRepository(MonitoringRound).find({
      where: { programmeId },
      order: { periodStart: 'DESC', createdAt: 'DESC', id: 'ASC' },
      take: window.limit,
      skip: window.offset,
    });
  }

  async open(actor: User, programmeId: string, input: RoundInput): Promise<MonitoringRound> {
    await this.access.policy.editableProgramme(actor, programmeId);
    await validateInput(input);
    throwIfAny(
      endNotBeforeStart({ start: input.periodStart, end: input.periodEnd }, 'input.periodEnd'),
    );
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.save(
        manager.create(MonitoringRound, {
          programmeId,
          title: input.title.trim(),
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          prompts: (input.prompts ?? []).map((prompt) => prompt.trim()),
          status: MonitoringRoundStatus.OPEN,
          openedById: actor.id,
          closedAt: null,
        }),
      );
      await this.trail.created(manager, actor, round);
      return round;
    });
  }

  /** Closing stops new answers; the answers and their figures stay. */
  async close(actor: User, id: string, version: number): Promise<MonitoringRound> {
    const existing = await this.readable(actor, id);
    await this.access.policy.editableProgramme(actor, existing.programmeId);
    if (existing.status !== MonitoringRoundStatus.OPEN) {
      throw BadInputError.field('status', FieldMessage.TRANSITION_NOT_ALLOWED);
    }
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, MonitoringRound, LABEL, id, version, {
        status: MonitoringRoundStatus.CLOSED,
        closedAt: new Date(),
      });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /**
   * Marks a partner's answers to an open round complete. Partner users submit for their own
   * organisation; coordinators and admins for any partner (answers sent in on paper).
   * Submitting twice changes nothing.
   */
  async submit(actor: User, roundId: string, partnerId: string | null): Promise<MonitoringRound> {
    const round = await this.readable(actor, roundId);
    const partner = await this.submitterFor(actor, round.programmeId, partnerId);
    if (!partner) throw BadInputError.field('partnerId', FieldMessage.UNKNOWN_REFERENCE);
    return this.dataSource.transaction(async (manager) => {
      // Under a share lock, so a round closing meanwhile is seen closed here.
      const [locked] = await manager.query<{ status: MonitoringRoundStatus }[]>(
        'SELECT status FROM monitoring_round WHERE id = $1 FOR SHARE',
        [round.id],
      );
      if (locked?.status !== MonitoringRoundStatus.OPEN) {
        throw BadInputError.field('roundId', FieldMessage.NOT_ALLOWED);
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(RoundSubmission)
        .values({ roundId: round.id, partnerId: partner.id, submittedById: actor.id })
        .orIgnore()
        .returning(['partnerId'])
        .execute();
      if ((inserted.raw as unknown[]).length > 0) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: AuditAction.CREATE,
          entityType: 'RoundSubmission',
          entityId: round.id,
          summary: round.title,
          changes: [{ field: 'partnerId', before: null, after: partner.id }],
        });
      }
      return round;
    });
  }

  /**
   * The partner whose answers `actor` submits: a partner user's own (naming another is
   * FORBIDDEN); for coordinators the named partner of the programme, null when unknown.
   */
  private async submitterFor(
    actor: User,
    programmeId: string,
    partnerId: string | null,
  ): Promise<Partner | null> {
    if (await this.access.mayTriage(actor, programmeId)) {
      if (!partnerId || !isId(partnerId)) return null;
      return this.dataSource.getRepository(Partner).findOneBy({ id: partnerId, programmeId });
    }
    // The partner named (an id that names none refuses), else the reader's own; whether they
    // answer for it is the policy's, as Partner.viewerCan.answerRound shows it.
    const named = partnerId && isId(partnerId) ? partnerId : null;
    const partner = partnerId
      ? named &&
        (await this.dataSource.getRepository(Partner).findOneBy({ id: named, programmeId }))
      : await this.access.ownPartner(actor, programmeId);
    const viewer = this.access.policy.viewer(actor);
    if (partner && (await mayActFor(viewer, programmeId, partner.organisationId))) return partner;
    throw new ForbiddenError('Partners submit the answers of their own organisation');
  }
}
