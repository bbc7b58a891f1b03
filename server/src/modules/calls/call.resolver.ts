import { CallStatus, LIST_LIMITS } from '@spilno/shared';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { nullIfNotFound } from '../../common/errors';
import { LimitArg, ListArgs } from '../../common/list-limit';
import { Application } from './application.entity';
import { Call } from './call.entity';
import { CallInput } from './call.inputs';
import { closingInstant } from './call-rules';
import { CallAbilities } from './calls-abilities';
import { callAbilities } from './calls-abilities-of';

@ArgsType()
class CallsArgs extends ListArgs(LIST_LIMITS.calls) {}

@Resolver(() => Call)
export class CallResolver {
  @Authorized()
  @Query(() => [Call], {
    description: `Calls you may read, the latest opening first: ${LIST_LIMITS.calls.default} unless \`limit\` asks for more.`,
  })
  calls(@Args() args: CallsArgs, @Ctx() ctx: Context): Promise<Call[]> {
    return ctx.services.calls.list(signedIn(ctx), args);
  }

  @Authorized()
  @Query(() => Call, { nullable: true, description: 'Null when missing or out of your scope.' })
  call(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Call | null> {
    return ctx.services.calls.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @Authorized()
  @Mutation(() => Call, { description: 'Admins and coordinators set up a call, as a DRAFT.' })
  createCall(@Arg('input') input: CallInput, @Ctx() ctx: Context): Promise<Call> {
    return ctx.services.calls.create(signedIn(ctx), input);
  }

  @Authorized()
  @Mutation(() => Call, { description: 'Replaces the set-up of a DRAFT or OPEN call.' })
  updateCall(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CallInput,
    @Ctx() ctx: Context,
  ): Promise<Call> {
    return ctx.services.calls.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Call, {
    description: 'Moves a call forward: DRAFT → OPEN → EVALUATING → CLOSED.',
  })
  setCallStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => CallStatus) status: CallStatus,
    @Ctx() ctx: Context,
  ): Promise<Call> {
    return ctx.services.calls.setStatus(signedIn(ctx), id, version, status);
  }

  @FieldResolver(() => Date, {
    description: 'When submissions end: the end of closesOn in timeZone, for any reader’s zone.',
  })
  closesAt(@Root() call: Call): Date {
    return closingInstant(call);
  }

  @FieldResolver(() => [Application], {
    description:
      'The applications you may read, by title: all for admins and coordinators, the submitted ones for observers, your organisation’s for partners.',
  })
  applications(
    @Root() call: Call,
    @LimitArg(LIST_LIMITS.callApplications) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Application[]> {
    return ctx.services.applications.list(signedIn(ctx), call, limit);
  }

  @FieldResolver(() => CallAbilities)
  viewerCan(@Root() call: Call, @Ctx() ctx: Context): CallAbilities {
    return callAbilities(signedIn(ctx), call);
  }
}
