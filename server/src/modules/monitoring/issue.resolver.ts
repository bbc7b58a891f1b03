import type { GraphQLResolveInfo } from 'graphql';
import { IssueCategory, IssueKind, IssueSeverity, IssueStatus, LIST_LIMITS } from '@spilno/shared';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { IdempotencyKeyArg } from '../../common/idempotency';
import { nullIfNotFound } from '../../common/errors';
import { LimitArg, RootLimitArg } from '../../common/list-limit';
import { PageArgs, PageType } from '../../common/pagination';
import { Event } from '../events/public';
import { Organisation } from '../organisations/public';
import { User } from '../users/public';
import { IssueComment } from './issue-comment.entity';
import { IssueStatusChange } from './issue-status-change.entity';
import { IssueAbilities } from './issue-abilities';
import { issueAbilities } from './issue.policy';
import { MonitoringIssue } from './monitoring-issue.entity';
import { monitoringLoaders } from './monitoring.loaders';
import { MonitoringRound } from './monitoring-round.entity';
import { ChangeIssueStatusArgs, CommentArgs, IssueInput } from './monitoring.inputs';
import { reference } from '../../common/reference';

@ObjectType()
export class IssuePage extends PageType(MonitoringIssue) {}

@ArgsType()
class IssuesArgs extends PageArgs {
  @Field(() => ID)
  programmeId: string;

  @Field(() => IssueStatus, { nullable: true })
  status?: IssueStatus | null;

  @Field(() => IssueKind, { nullable: true })
  kind?: IssueKind | null;

  @Field(() => IssueCategory, { nullable: true })
  category?: IssueCategory | null;

  @Field(() => IssueSeverity, { nullable: true })
  severity?: IssueSeverity | null;

  @Field(() => ID, { nullable: true, description: 'Issues answering this monitoring round.' })
  roundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Issues raised by this organisation.' })
  raisedById?: string | null;
}

@Resolver(() => MonitoringIssue)
export class IssueResolver {
  @Authorized()
  @Query(() => IssuePage, { description: "A programme's monitoring issues, newest first." })
  monitoringIssues(@Args() args: IssuesArgs, @Ctx() ctx: Context): Promise<IssuePage> {
    return ctx.services.issues.list(signedIn(ctx), args.programmeId, args, args);
  }

  @Authorized()
  @Query(() => MonitoringIssue, {
    nullable: true,
    description: 'Null when missing or out of your scope.',
  })
  monitoringIssue(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<MonitoringIssue | null> {
    return ctx.services.issues.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @Authorized()
  @Query(() => [User], {
    description: `Who may be assigned the programme’s issues (for its coordinators), by name: the first ${LIST_LIMITS.issueAssignees.default} unless \`limit\` asks for more.`,
  })
  issueAssignees(
    @Arg('programmeId', () => ID) programmeId: string,
    @RootLimitArg(LIST_LIMITS.issueAssignees) limit: number,
    @Ctx() ctx: Context,
  ): Promise<User[]> {
    return ctx.services.issues.assignees(signedIn(ctx), programmeId, limit);
  }

  @Authorized()
  @Mutation(() => MonitoringIssue, {
    description: 'Partners raise issues for their own organisation; coordinators for any partner.',
  })
  raiseIssue(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: IssueInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<MonitoringIssue> {
    return ctx.services.issues.raise(signedIn(ctx), programmeId, input, idempotencyKey);
  }

  @Authorized()
  @Mutation(() => MonitoringIssue, { description: 'Coordinators correct an issue.' })
  updateIssue(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: IssueInput,
    @Ctx() ctx: Context,
  ): Promise<MonitoringIssue> {
    return ctx.services.issues.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => MonitoringIssue, {
    description: 'Coordinators move an issue along its workflow.',
  })
  changeIssueStatus(
    @Args() args: ChangeIssueStatusArgs,
    @Ctx() ctx: Context,
  ): Promise<MonitoringIssue> {
    return ctx.services.issues.changeStatus(signedIn(ctx), args);
  }

  @Authorized()
  @Mutation(() => MonitoringIssue, { description: 'Coordinators assign an issue, or unassign it.' })
  assignIssue(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MonitoringIssue> {
    return ctx.services.issues.assign(signedIn(ctx), id, version, assigneeId ?? null);
  }

  @Authorized()
  @Mutation(() => IssueComment, { description: 'Partners and coordinators discuss an issue.' })
  commentOnIssue(@Args() args: CommentArgs, @Ctx() ctx: Context): Promise<IssueComment> {
    return ctx.services.issues.comment(signedIn(ctx), args);
  }

  @FieldResolver(() => IssueAbilities)
  viewerCan(@Root() issue: MonitoringIssue, @Ctx() ctx: Context): Promise<IssueAbilities> {
    return issueAbilities(signedInViewer(ctx), issue);
  }

  @FieldResolver(() => Organisation, { description: 'The partner organisation that raised it.' })
  raisedBy(@Root() issue: MonitoringIssue, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return reference(info, issue.raisedById, (id) => ctx.loaders.organisation.load(id));
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who typed it in.' })
  reportedBy(@Root() issue: MonitoringIssue, @Ctx() ctx: Context) {
    return issue.reportedById ? ctx.loaders.user.load(issue.reportedById) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Root() issue: MonitoringIssue, @Ctx() ctx: Context) {
    return issue.assigneeId ? ctx.loaders.user.load(issue.assigneeId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event it was raised at.' })
  event(@Root() issue: MonitoringIssue, @Ctx() ctx: Context) {
    return issue.eventId ? ctx.loaders.event.load(issue.eventId) : null;
  }

  @FieldResolver(() => MonitoringRound, { nullable: true, description: 'The round it answers.' })
  round(@Root() issue: MonitoringIssue, @Ctx() ctx: Context) {
    return issue.roundId ? monitoringLoaders(ctx).round.load(issue.roundId) : null;
  }

  @FieldResolver(() => [IssueComment], {
    description: `The thread, oldest first: its latest ${LIST_LIMITS.issueComments.default} comments unless \`limit\` asks for more.`,
  })
  comments(
    @Root() issue: MonitoringIssue,
    @LimitArg(LIST_LIMITS.issueComments) limit: number,
    @Ctx() ctx: Context,
  ) {
    return monitoringLoaders(ctx).commentsByIssue.load(issue.id, limit);
  }

  @FieldResolver(() => [IssueStatusChange], {
    description: `Every status it has had, from being raised on, oldest first: the latest ${LIST_LIMITS.issueHistory.default} changes unless \`limit\` asks for more.`,
  })
  history(
    @Root() issue: MonitoringIssue,
    @LimitArg(LIST_LIMITS.issueHistory) limit: number,
    @Ctx() ctx: Context,
  ) {
    return monitoringLoaders(ctx).historyByIssue.load(issue.id, limit);
  }
}

@Resolver(() => IssueComment)
export class IssueCommentResolver {
  @FieldResolver(() => User, { nullable: true })
  author(@Root() comment: IssueComment, @Ctx() ctx: Context) {
    return comment.authorId ? ctx.loaders.user.load(comment.authorId) : null;
  }
}

@Resolver(() => IssueStatusChange)
export class IssueStatusChangeResolver {
  @FieldResolver(() => User, { nullable: true })
  changedBy(@Root() change: IssueStatusChange, @Ctx() ctx: Context) {
    return change.actorId ? ctx.loaders.user.load(change.actorId) : null;
  }
}
