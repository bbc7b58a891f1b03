import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { Organisation } from '../organisations/public';
import { ProgrammeSignatory } from './programme-signatory.entity';
import { SignatoryInput } from './programme.inputs';

@Resolver(() => ProgrammeSignatory)
export class TeamResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() signatory: ProgrammeSignatory, @Ctx() ctx: Context) {
    return signatory.organisationId
      ? ctx.loaders.organisation.load(signatory.organisationId)
      : null;
  }

  @Authorized()
  @Mutation(() => ProgrammeSignatory)
  addSignatory(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: SignatoryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.addSignatory(signedIn(ctx), programmeId, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeSignatory(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.removeSignatory(signedIn(ctx), id);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Adds a COORDINATOR (or ADMIN) account as coordinator.' })
  addCoordinator(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.addCoordinator(signedIn(ctx), programmeId, userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'A programme keeps at least one coordinator.' })
  removeCoordinator(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.removeCoordinator(signedIn(ctx), programmeId, userId);
  }
}
