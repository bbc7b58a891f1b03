import { CallStatus, LIST_LIMITS } from '@spilno/shared';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { LimitArg } from '../../common/list-limit';
import { LocalDate } from '../../common/scalars';
import { PublicGroup } from './application-views';
import { CallStage, type Call } from './call.entity';
import { closingInstant } from './call-rules';

@ObjectType({
  description:
    'A call as its public page shows it, to anyone: what is offered, who may apply, the dates and stages, and once it closes the selected groups. Nothing about people.',
})
export class PublicCall {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => CallStatus)
  status: CallStatus;

  @Field(() => LocalDate)
  opensOn: string;

  @Field(() => LocalDate)
  closesOn: string;

  @Field(() => Date)
  closesAt: Date;

  @Field()
  timeZone: string;

  @Field(() => Int)
  minMembers: number;

  @Field(() => Int)
  maxMembers: number;

  @Field(() => [CallStage])
  stages: CallStage[];

  @Field(() => [String])
  deliverables: string[];

  /** The call behind it, for the selected groups; not a field of the schema. */
  call: Call;
}

function publicOf(call: Call): PublicCall {
  return {
    code: call.code,
    title: call.title,
    summary: call.summary,
    status: call.status,
    opensOn: call.opensOn,
    closesOn: call.closesOn,
    closesAt: closingInstant(call),
    timeZone: call.timeZone,
    minMembers: call.minMembers,
    maxMembers: call.maxMembers,
    stages: call.stages,
    deliverables: call.deliverables,
    call,
  };
}

@Resolver(() => PublicCall)
export class PublicCallResolver {
  @Query(() => PublicCall, {
    nullable: true,
    description: 'A call that is no longer a draft, by code, without signing in; null otherwise.',
  })
  async publicCall(@Arg('code') code: string, @Ctx() ctx: Context): Promise<PublicCall | null> {
    const call = await ctx.services.calls.publicCall(code);
    return call ? publicOf(call) : null;
  }

  @FieldResolver(() => [PublicGroup], {
    description: 'The selected groups, once the call is CLOSED; empty before.',
  })
  selected(
    @Root() root: PublicCall,
    @LimitArg(LIST_LIMITS.publicSelected) limit: number,
    @Ctx() ctx: Context,
  ): Promise<PublicGroup[]> {
    return ctx.services.calls.selectedGroups(root.call, limit);
  }
}
