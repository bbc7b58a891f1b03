import { ActionStatus, isOverdue, LIST_LIMITS, todayIso } from '@spilno/shared';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { IdempotencyKeyArg } from '../../common/idempotency';
import { LimitArg } from '../../common/list-limit';
import { nullIfNotFound } from '../../common/errors';
import { reference } from '../../common/reference';
import { Translation } from '../../common/translation';
import { Partner } from '../programmes/public';
import { User } from '../users/public';
import { ActionAbilities } from './action-abilities';
import { Action } from './action.entity';
import { actionAbilities } from './action.policy';
import { ActionInput } from './action.inputs';
import { ProgressNote } from './progress-note.entity';
import { actionsById, fromPlanIndex, planIndex } from './plan-reads';

@Resolver(() => Action)
export class ActionResolver {
  @Authorized()
  @Query(() => Action, { nullable: true, description: 'Null when missing or out of your scope.' })
  action(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Action | null> {
    return ctx.services.actions.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @FieldResolver(() => Float, {
    description: 'Reported for a leaf; the weighted roll-up of the children for a parent.',
  })
  progress(@Root() action: Action, @Ctx() ctx: Context): number | Promise<number> {
    return fromPlanIndex(
      ctx,
      action.programmeId,
      (index) => index.progress.get(action.id) ?? action.ownProgress,
    );
  }

  @FieldResolver(() => Boolean, { description: 'Not done or cancelled, and past due.' })
  overdue(@Root() action: Action): boolean {
    return isOverdue(action.status, action.dueOn, todayIso());
  }

  @FieldResolver(() => Action, { nullable: true })
  parent(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const id = action.parentId;
    return id ? reference(info, id, (key) => ctx.loaders.action.load(key)) : null;
  }

  @FieldResolver(() => [Action], { description: 'Sub-actions, by code.' })
  async children(@Root() action: Action, @Ctx() ctx: Context): Promise<Action[]> {
    return actionsById(
      ctx,
      (await planIndex(ctx, action.programmeId)).children.get(action.id) ?? [],
    );
  }

  @FieldResolver(() => Int, {
    description: 'How many sub-actions it has, known without loading them.',
  })
  childCount(@Root() action: Action, @Ctx() ctx: Context): number | Promise<number> {
    return fromPlanIndex(
      ctx,
      action.programmeId,
      (index) => index.children.get(action.id)?.length ?? 0,
    );
  }

  @FieldResolver(() => [Partner], { description: 'Partners responsible for the action.' })
  async responsible(@Root() action: Action, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const links = await ctx.loaders.responsibleByAction.load(action.id);
    const partners = await Promise.all(
      links.map((l) => reference(info, l.partnerId, (key) => ctx.loaders.partner.load(key))),
    );
    return partners.filter((p) => p !== null);
  }

  @FieldResolver(() => ActionAbilities)
  async viewerCan(@Root() action: Action, @Ctx() ctx: Context): Promise<ActionAbilities> {
    const responsible = async () => {
      const links = await ctx.loaders.responsibleByAction.load(action.id);
      const partners = await ctx.loaders.partner.loadMany(links.map((l) => l.partnerId));
      return partners.flatMap((p) => (p instanceof Partner ? [p.organisationId] : []));
    };
    return actionAbilities(signedInViewer(ctx), action, responsible);
  }

  @FieldResolver(() => [ProgressNote], {
    description: `Progress reports, newest first: the latest ${LIST_LIMITS.actionHistory.default} unless \`limit\` asks for more.`,
  })
  history(
    @Root() action: Action,
    @LimitArg(LIST_LIMITS.actionHistory) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.notesByAction.load(action.id, limit);
  }

  @FieldResolver(() => [Translation])
  translations(@Root() action: Action): Translation[] {
    return action.translations;
  }

  @Authorized()
  @Mutation(() => Action)
  createAction(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: ActionInput,
    @Ctx() ctx: Context,
  ): Promise<Action> {
    return ctx.services.actions.create(signedIn(ctx), programmeId, input);
  }

  @Authorized()
  @Mutation(() => Action)
  updateAction(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ActionInput,
    @Ctx() ctx: Context,
  ): Promise<Action> {
    return ctx.services.actions.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes an action without sub-actions.' })
  removeAction(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.actions.remove(signedIn(ctx), id, version);
  }

  @Authorized()
  @Mutation(() => Action, {
    description: 'Responsible partners and coordinators report progress 0–100.',
  })
  reportActionProgress(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('progress', () => Int) progress: number,
    @Arg('status', () => ActionStatus, { nullable: true }) status: ActionStatus | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<Action> {
    return ctx.services.actions.reportProgress(
      signedIn(ctx),
      id,
      version,
      { progress, status, note },
      idempotencyKey,
    );
  }
}

@Resolver(() => ProgressNote)
export class ProgressNoteResolver {
  @FieldResolver(() => User, { nullable: true })
  author(@Root() note: ProgressNote, @Ctx() ctx: Context) {
    return note.authorId ? ctx.loaders.user.load(note.authorId) : null;
  }
}
