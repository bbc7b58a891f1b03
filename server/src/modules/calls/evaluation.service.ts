import {
  ApplicationStatus,
  AuditAction,
  CallStatus,
  FieldMessage,
  StageDecision,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import type { User } from '../users/public';
import { ApplicationScore } from './application-score.entity';
import { Application } from './application.entity';
import {
  APPLICATION_LABEL,
  type ApplicationService,
  type ReadApplication,
} from './application.service';
import { DecisionArgs, ScoresArgs, type ScoreInput } from './call.inputs';
import { scoreErrors } from './call-rules';
import { mayDecide, mayManageCalls, mayScore, scoresOwn } from './calls.policy';

/** Scoring and deciding on applications, stage by stage. */
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
  ) {}

  /** An application in the selection of a call not yet CLOSED, for an evaluator. */
  private async evaluable(actor: User, id: string): Promise<ReadApplication> {
    if (!mayManageCalls(actor)) throw new ForbiddenError('Admins and coordinators evaluate');
    const read = await this.applications.readable(actor, id);
    return read;
  }

  /**
   * An evaluator scores every criterion of the application's current stage; scoring again
   * replaces their scores of that stage.
   */
  async score(actor: User, id: string, scores: ScoreInput[]): Promise<Application> {
    const { application, call, members } = await this.evaluable(actor, id);
    if (scoresOwn(actor, members)) {
      throw new ForbiddenError('Nobody scores an application their organisation is in');
    }
    await validateInput(Object.assign(new ScoresArgs(), { scores }), '');
    if (!mayScore(actor, application, members) || call.status === CallStatus.CLOSED) {
      throw BadInputError.field('id', FieldMessage.NOT_ALLOWED);
    }
    const stage = call.stages[application.stage - 1];
    if (!stage) throw BadInputError.field('id', FieldMessage.NOT_ALLOWED);
    throwIfAny(scoreErrors(stage, scores));
    return this.dataSource.transaction(async (manager) => {
      const where = { applicationId: id, stage: application.stage, evaluatorId: actor.id };
      const before = await manager.findBy(ApplicationScore, where);
      await manager.delete(ApplicationScore, where);
      await manager.insert(
        ApplicationScore,
        scores.map((s) => ({
          ...where,
          criterion: s.criterion.trim(),
          score: s.score,
          comment: s.comment?.trim() || null,
        })),
      );
      await this.applications.trail.write(manager, actor, AuditAction.UPDATE, application, [
        {
          field: `scores.stage${application.stage}`,
          before: before.length
            ? before.map(({ criterion, score }) => ({ criterion, score }))
            : null,
          after: scores.map(({ criterion, score }) => ({ criterion: criterion.trim(), score })),
        },
      ]);
      return application;
    });
  }

  /**
   * ADVANCE moves an application to the next stage, SELECT chooses it at the last one,
   * REJECT ends it with the reason given to its applicants.
   */
  async decide(
    actor: User,
    id: string,
    version: number,
    decision: StageDecision,
    comment: string | null,
  ): Promise<Application> {
    const { application, call } = await this.evaluable(actor, id);
    await validateInput(Object.assign(new DecisionArgs(), { comment }), '');
    const errors = [];
    if (!mayDecide(actor, application) || call.status === CallStatus.CLOSED) {
      errors.push({ field: 'id', message: FieldMessage.NOT_ALLOWED });
    }
    const last = application.stage >= call.stages.length;
    if (decision === StageDecision.SELECT && !last) {
      errors.push({ field: 'decision', message: FieldMessage.NOT_ALLOWED });
    }
    if (decision === StageDecision.ADVANCE && last) {
      errors.push({ field: 'decision', message: FieldMessage.NOT_ALLOWED });
    }
    if (decision === StageDecision.REJECT && !comment?.trim()) {
      errors.push({ field: 'comment', message: FieldMessage.REQUIRED });
    }
    throwIfAny(errors);
    const changes: Partial<Application> =
      decision === StageDecision.ADVANCE
        ? { status: ApplicationStatus.ADVANCED, stage: application.stage + 1 }
        : {
            status:
              decision === StageDecision.SELECT
                ? ApplicationStatus.SELECTED
                : ApplicationStatus.REJECTED,
          };
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, Application, APPLICATION_LABEL, id, version, {
        ...changes,
        decisionComment: comment?.trim() || null,
      });
      await this.applications.trail.updated(manager, actor, application, updated);
      return updated;
    });
  }
}
