import { StageDecision } from '@spilno/shared';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { NotFoundError, nullIfNotFound } from '../../common/errors';
import { Organisation } from '../organisations/public';
import { Programme } from '../programmes/public';
import type { User } from '../users/public';
import { Application } from './application.entity';
import { ApplicationMemberView, Evaluation } from './application-views';
import { Call } from './call.entity';
import { ApplicationInput, ScoreInput } from './call.inputs';
import { evaluatorScore, stageScore } from './call-rules';
import { ApplicationAbilities } from './calls-abilities';
import { applicationAbilities } from './calls-abilities-of';
import { maySeeScores } from './calls.policy';

@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized()
  @Query(() => Application, {
    nullable: true,
    description: 'Null when missing or out of your scope.',
  })
  application(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Application | null> {
    return ctx.services.applications
      .readable(signedIn(ctx), id)
      .then((read) => read.application)
      .catch(nullIfNotFound);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'A partner user applies for its own organisation as lead, with the other members (without the lead), to an OPEN call; a DRAFT.',
  })
  applyToCall(
    @Arg('callId', () => ID) callId: string,
    @Arg('input') input: ApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return ctx.services.applications.apply(signedIn(ctx), callId, input);
  }

  @Authorized()
  @Mutation(() => Application, {
    description: 'A member organisation’s user confirms it takes part.',
  })
  confirmMembership(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return ctx.services.applications.confirm(signedIn(ctx), applicationId);
  }

  @Authorized()
  @Mutation(() => Application, { description: 'The lead replaces a DRAFT application.' })
  updateApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ApplicationInput,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return ctx.services.applications.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Application, {
    description: 'The lead submits a DRAFT while the call is OPEN and before closesAt.',
  })
  submitApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return ctx.services.applications.submit(signedIn(ctx), id, version);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'An evaluator scores every criterion of the current stage; scoring again replaces their scores.',
  })
  scoreApplication(
    @Arg('id', () => ID) id: string,
    @Arg('scores', () => [ScoreInput]) scores: ScoreInput[],
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return ctx.services.evaluation.score(signedIn(ctx), id, scores);
  }

  @Authorized()
  @Mutation(() => Application, {
    description: 'ADVANCE to the next stage, SELECT at the last one, REJECT with a reason.',
  })
  decideApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('decision', () => StageDecision) decision: StageDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<Application> {
    return ctx.services.evaluation.decide(signedIn(ctx), id, version, decision, comment ?? null);
  }

  @Authorized()
  @Mutation(() => Programme, {
    description:
      'A SELECTED application becomes a DRAFT programme you coordinate: its members the partners, the deliverables its actions.',
  })
  launchProgramme(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() ctx: Context,
  ): Promise<Programme> {
    return ctx.services.launch.launch(signedIn(ctx), applicationId);
  }

  @FieldResolver(() => Call)
  async call(@Root() application: Application, @Ctx() ctx: Context): Promise<Call> {
    const call = await ctx.loaders.callById.load(application.callId);
    if (!call) throw new NotFoundError('Call');
    return call;
  }

  @FieldResolver(() => Organisation)
  async lead(@Root() application: Application, @Ctx() ctx: Context): Promise<Organisation> {
    const lead = await ctx.loaders.organisation.load(application.leadOrganisationId);
    if (!lead) throw new NotFoundError('Organisation');
    return lead;
  }

  @FieldResolver(() => [ApplicationMemberView], {
    description:
      'Every organisation in it, the lead first, then by name, each with whether it confirmed.',
  })
  async members(
    @Root() application: Application,
    @Ctx() ctx: Context,
  ): Promise<ApplicationMemberView[]> {
    const members = await ctx.loaders.membersByApplication.load(application.id);
    const organisations = await ctx.loaders.organisation.loadMany(
      members.map((m) => m.organisationId),
    );
    return members
      .map((member, i) => ({
        id: member.organisationId,
        organisation: organisations[i] as Organisation,
        lead: member.isLead,
        confirmed: member.confirmedAt !== null,
        confirmedAt: member.confirmedAt,
      }))
      .sort((a, b) => Number(b.lead) - Number(a.lead) || byName(a, b));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The mean of its evaluators’ weighted means at its current stage; null before any score, and for those who do not evaluate.',
  })
  async score(@Root() application: Application, @Ctx() ctx: Context): Promise<number | null> {
    if (!maySeeScores(signedIn(ctx))) return null;
    const call = await this.call(application, ctx);
    const scores = await ctx.loaders.scoresByApplication.load(application.id);
    return stageScore(
      call.stages[application.stage - 1],
      scores.filter((s) => s.stage === application.stage),
    );
  }

  @FieldResolver(() => [Evaluation], {
    description:
      'Each evaluator’s scores, stage by stage, for admins and coordinators; empty for others.',
  })
  async evaluations(@Root() application: Application, @Ctx() ctx: Context): Promise<Evaluation[]> {
    if (!maySeeScores(signedIn(ctx))) return [];
    const call = await this.call(application, ctx);
    const scores = await ctx.loaders.scoresByApplication.load(application.id);
    const groups = new Map<string, typeof scores>();
    for (const s of scores) {
      const key = `${s.stage}:${s.evaluatorId}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const evaluations: Evaluation[] = [];
    for (const group of groups.values()) {
      const { stage, evaluatorId } = group[0]!;
      const evaluator = (await ctx.loaders.user.load(evaluatorId)) as User | null;
      if (!evaluator) continue;
      const criteria = call.stages[stage - 1];
      evaluations.push({
        evaluator,
        stage,
        score: criteria ? evaluatorScore(criteria, group) : null,
        scores: group.map(({ criterion, score, comment }) => ({ criterion, score, comment })),
      });
    }
    return evaluations;
  }

  @FieldResolver(() => ApplicationAbilities)
  async viewerCan(
    @Root() application: Application,
    @Ctx() ctx: Context,
  ): Promise<ApplicationAbilities> {
    const members = await ctx.loaders.membersByApplication.load(application.id);
    return applicationAbilities(
      signedIn(ctx),
      application,
      members.map((m) => m.organisationId),
    );
  }
}

function byName(a: ApplicationMemberView, b: ApplicationMemberView): number {
  return a.organisation.name.localeCompare(b.organisation.name, 'uk');
}
