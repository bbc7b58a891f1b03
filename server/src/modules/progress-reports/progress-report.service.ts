import {
  AuditAction,
  FieldMessage,
  isReportEditable,
  isReportReviewable,
  LIST_LIMITS,
  rangesOverlap,
  ReportStatus,
  ReviewDecision,
  statusAfterReview,
  type FieldError,
} from '@spilno/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { endNotBeforeStart, throwIfAny, withinPeriod } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import { findOrNotFound } from '../../common/find';
import { IdempotentWrites, type WriteTransaction } from '../../common/idempotency';
import { isId } from '../../common/ids';
import { windowErrors, type ListWindow } from '../../common/list-limit';
import { type Policy, Partner, lockProgramme, Programme } from '../programmes/public';
import { validateInput } from '../../common/validate';
import { conflictFor, updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import type { NotificationService } from '../notifications/public';
import type { User } from '../users/public';
import { ProgressReport } from './progress-report.entity';
import { mayReadReport, mayWriteReport, reviewRefusal } from './report.policy';
import { computeContents, contentKey } from './report-content';
import { storeContent } from './report-content.types';
import { ReportReview } from './report-review.entity';
import { ReviewArgs, type ReportInput } from './report.inputs';
import { reportReviewed, reportSubmitted } from './report-notices';
import { periodsOf } from './reporting-period.service';

const LABEL = 'ProgressReport';

export interface ReportFilter {
  partnerId?: string | null;
  status?: ReportStatus | null;
  periodStart?: string | null;
}

/** A report with what its permission checks need. */
interface Scoped {
  report: ProgressReport;
  partner: Partner;
  coordinates: boolean;
}

/**
 * Progress reports: a partner writes its report for a period and submits it; the programme's
 * coordinators approve it or send it back with a comment, and a report sent back is edited
 * and submitted again. Submitting freezes the content computed from the period's data.
 *
 * Errors: NOT_FOUND where the report cannot be read (drafts are the partner's own);
 * FORBIDDEN where it can be read but the caller may not do this; a request that does not
 * fit the report's status (editing a submitted report, reviewing a draft) is BAD_USER_INPUT
 * on `id`: it is about the report's state, the same for everyone, not about who asks.
 */
export class ProgressReportService {
  private readonly trail: AuditTrail<ProgressReport>;
  private readonly writes: IdempotentWrites;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    audit: AuditService,
    private readonly notifications: NotificationService,
  ) {
    this.writes = new IdempotentWrites(dataSource);
    this.trail = new AuditTrail(audit, {
      entityType: LABEL,
      fields: ['partnerId', 'periodStart', 'periodEnd', 'narrative', 'status', 'submittedAt'],
      summary: (report) => `${report.periodStart} – ${report.periodEnd}`,
    });
  }

  async readable(user: User, id: string): Promise<ProgressReport> {
    return (await this.scoped(user, id)).report;
  }

  /** The programme's reports `user` may read, newest period first. */
  /** The reports `user` may read, newest period first, one window of them. */
  async list(
    user: User,
    programmeId: string,
    filter: ReportFilter,
    window: ListWindow,
  ): Promise<ProgressReport[]> {
    await this.policy.readableProgramme(user, programmeId);
    throwIfAny(windowErrors(LIST_LIMITS.progressReports, window.limit, window.offset));
    if (filter.partnerId && !isId(filter.partnerId)) return [];
    const query = this.dataSource
      .getRepository(ProgressReport)
      .createQueryBuilder('r')
      .innerJoin(Partner, 'rp', 'rp.id = r.partnerId')
      .where('r.programmeId = :programmeId', { programmeId });
    if (filter.partnerId) query.andWhere('r.partnerId = :partnerId', filter);
    if (filter.status) query.andWhere('r.status = :status', filter);
    if (filter.periodStart) query.andWhere('r.periodStart = :periodStart', filter);
    if (!(await this.seesAllDrafts(user, programmeId))) {
      // Others' drafts stay hidden; a partner's staff see their own organisation's.
      if (this.policy.viewer(user).isPartner) {
        query.andWhere('(r.status <> :draft OR rp.organisationId = :org)', {
          draft: ReportStatus.DRAFT,
          org: user.organisationId,
        });
      } else {
        query.andWhere('r.status <> :draft', { draft: ReportStatus.DRAFT });
      }
    }
    return query
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('rp.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(window.limit)
      .offset(window.offset)
      .getMany();
  }

  /** Starts a draft; a repeat under the same idempotency key answers the first one. */
  create(
    actor: User,
    programmeId: string,
    partnerId: string,
    input: ReportInput,
    idempotencyKey?: string | null,
  ): Promise<ProgressReport> {
    return this.writes.once(
      {
        userId: actor.id,
        key: idempotencyKey,
        operation: 'createProgressReport',
        args: { programmeId, partnerId, input },
      },
      (id) => this.readable(actor, id),
      (transaction) => this.createIn(transaction, actor, programmeId, partnerId, input),
    );
  }

  private async createIn(
    transaction: WriteTransaction,
    actor: User,
    programmeId: string,
    partnerId: string,
    input: ReportInput,
  ): Promise<ProgressReport> {
    const programme = await this.policy.readableProgramme(actor, programmeId);
    const partner = isId(partnerId)
      ? await this.dataSource.getRepository(Partner).findOneBy({ id: partnerId, programmeId })
      : null;
    this.assertWriter(actor, partner);
    await validateInput(input);
    if (!partner) throw BadInputError.field('partnerId', FieldMessage.UNKNOWN_REFERENCE);
    try {
      return await transaction(async (manager) => {
        await lockProgramme(manager, programmeId);
        await this.checkPeriod(manager, programme, partner.id, input, null);
        const report = await manager.save(
          manager.create(ProgressReport, {
            programmeId,
            partnerId: partner.id,
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            narrative: input.narrative?.trim() ?? '',
          }),
        );
        await this.trail.created(manager, actor, report);
        return report;
      });
    } catch (error) {
      // Two first drafts of the same period at once: the unique index lets one through.
      if (isUniqueViolation(error)) {
        throw BadInputError.field('input.periodStart', FieldMessage.TAKEN);
      }
      throw error;
    }
  }

  /** The partner edits its narrative (and period) while the report is a draft or sent back. */
  update(
    actor: User,
    id: string,
    version: number,
    input: ReportInput,
    idempotencyKey?: string | null,
  ): Promise<ProgressReport> {
    return this.writes.once(
      {
        userId: actor.id,
        key: idempotencyKey,
        operation: 'updateProgressReport',
        args: { id, version, input },
      },
      (reportId) => this.readable(actor, reportId),
      (transaction) => this.updateIn(transaction, actor, id, version, input),
    );
  }

  private async updateIn(
    transaction: WriteTransaction,
    actor: User,
    id: string,
    version: number,
    input: ReportInput,
  ): Promise<ProgressReport> {
    const { report, partner } = await this.scoped(actor, id);
    this.assertWriter(actor, partner);
    await validateInput(input);
    await this.assertCurrent(report, version);
    if (!isReportEditable(report.status)) {
      throw BadInputError.field('id', FieldMessage.NOT_ALLOWED);
    }
    const programme = await this.dataSource
      .getRepository(Programme)
      .findOneByOrFail({ id: report.programmeId });
    return transaction(async (manager) => {
      await lockProgramme(manager, programme.id);
      await this.checkPeriod(manager, programme, partner.id, input, report.id);
      const updated = await updateAndReload(manager, ProgressReport, LABEL, id, version, {
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        narrative: input.narrative?.trim() ?? '',
      });
      await this.trail.updated(manager, actor, report, updated);
      return updated;
    });
  }

  /** Sends the report for review, freezing its content as computed now. */
  async submit(actor: User, id: string, version: number): Promise<ProgressReport> {
    const { report, partner } = await this.scoped(actor, id);
    this.assertWriter(actor, partner);
    await this.assertCurrent(report, version);
    if (!isReportEditable(report.status)) {
      throw BadInputError.field('id', FieldMessage.TRANSITION_NOT_ALLOWED);
    }
    if (report.narrative.trim() === '') {
      throw BadInputError.field('narrative', FieldMessage.REQUIRED);
    }
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      // Read in the same transaction as the status change: the snapshot is what was submitted.
      const contents = await computeContents(manager, [contentKey(report)]);
      const content = contents.get(report.id);
      if (!content) throw new Error('report content missing');
      const updated = await updateAndReload(manager, ProgressReport, LABEL, id, version, {
        status: ReportStatus.SUBMITTED,
        submittedAt: now,
        firstSubmittedAt: report.firstSubmittedAt ?? now,
        submittedById: actor.id,
        snapshot: storeContent({ ...content, frozenAt: now }),
      });
      await this.trail.updated(manager, actor, report, updated);
      await this.notifications.notify(manager, reportSubmitted(actor, updated));
      return updated;
    });
  }

  /**
   * A coordinator's decision on a submitted report. Sending it back needs a comment saying
   * what to change; every decision is kept in the report's review thread.
   */
  async review(
    actor: User,
    id: string,
    version: number,
    decision: ReviewDecision,
    comment: string | null | undefined,
  ): Promise<ProgressReport> {
    const { report, partner, coordinates } = await this.scoped(actor, id);
    const refusal = reviewRefusal(actor, report, partner.organisationId, coordinates);
    if (refusal) throw new ForbiddenError(refusal);
    await validateInput(Object.assign(new ReviewArgs(), { comment }), '');
    const text = comment?.trim() || null;
    if (decision === ReviewDecision.REQUEST_CHANGES && !text) {
      throw BadInputError.field('comment', FieldMessage.REQUIRED);
    }
    await this.assertCurrent(report, version);
    if (!isReportReviewable(report.status)) {
      throw BadInputError.field('id', FieldMessage.TRANSITION_NOT_ALLOWED);
    }
    return this.dataSource.transaction(async (manager) => {
      const status = statusAfterReview(decision);
      const updated = await updateAndReload(manager, ProgressReport, LABEL, id, version, {
        status,
      });
      await manager.insert(ReportReview, {
        reportId: id,
        authorId: actor.id,
        decision,
        comment: text,
      });
      await this.trail.write(manager, actor, AuditAction.UPDATE, updated, [
        { field: 'status', before: report.status, after: status },
        { field: 'review', before: null, after: { decision, comment: text } },
      ]);
      await this.notifications.notify(
        manager,
        reportReviewed(actor, updated, partner.organisationId, decision),
      );
      return updated;
    });
  }

  /**
   * The report if `user` may read it: its programme readable, and a draft only to its
   * writers and the programme's coordinators. Otherwise NOT_FOUND.
   */
  private async scoped(user: User, id: string): Promise<Scoped> {
    const report = await findOrNotFound(this.dataSource, ProgressReport, LABEL, id);
    await this.policy.readableProgramme(user, report.programmeId);
    const partner = await this.dataSource
      .getRepository(Partner)
      .findOneByOrFail({ id: report.partnerId });
    const coordinates = await this.policy.viewer(user).coordinates(report.programmeId);
    if (!mayReadReport(user, report, partner.organisationId, coordinates)) {
      throw new NotFoundError(LABEL);
    }
    return { report, partner, coordinates };
  }

  private assertWriter(actor: User, partner: Partner | null): void {
    if (!mayWriteReport(actor, partner?.organisationId ?? null)) {
      throw new ForbiddenError('Partners write and submit their own organisation’s reports');
    }
  }

  /** CONFLICT, naming who changed it, when the caller read an older version. */
  private async assertCurrent(report: ProgressReport, version: number): Promise<void> {
    if (report.version !== version) {
      throw await conflictFor(this.dataSource.manager, ProgressReport, LABEL, report.id);
    }
  }

  /** Those who run the programme read every draft (see mayReadReport). */
  private seesAllDrafts(user: User, programmeId: string): Promise<boolean> {
    return this.policy.viewer(user).runs(programmeId);
  }

  /**
   * The period's dates in order and within the programme; where the programme defines
   * reporting periods, exactly one of them; and no other report of the partner overlapping.
   */
  private async checkPeriod(
    manager: EntityManager,
    programme: Programme,
    partnerId: string,
    input: ReportInput,
    reportId: string | null,
  ): Promise<void> {
    const range = { start: input.periodStart, end: input.periodEnd };
    const errors: FieldError[] = endNotBeforeStart(range, 'input.periodEnd');
    if (errors.length === 0) {
      errors.push(
        ...withinPeriod(
          range,
          { start: programme.startsOn, end: programme.endsOn },
          { start: 'input.periodStart', end: 'input.periodEnd' },
        ),
      );
    }
    throwIfAny(errors);
    const periods = await periodsOf(manager, programme.id);
    if (
      periods.length > 0 &&
      !periods.some((p) => p.startsOn === input.periodStart && p.endsOn === input.periodEnd)
    ) {
      throw BadInputError.field('input.periodStart', FieldMessage.UNKNOWN_REFERENCE);
    }
    const others = await manager.find(ProgressReport, {
      select: { id: true, periodStart: true, periodEnd: true },
      where: { partnerId },
    });
    const wanted = { startsOn: input.periodStart, endsOn: input.periodEnd };
    if (
      others.some(
        (r) =>
          r.id !== reportId &&
          rangesOverlap({ startsOn: r.periodStart, endsOn: r.periodEnd }, wanted),
      )
    ) {
      throw BadInputError.field('input.periodStart', FieldMessage.TAKEN);
    }
  }
}
