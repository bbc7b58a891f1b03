import { ProgrammeStatus } from '@spilno/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';
import { Partner } from './partner.entity';
import { ProgrammeSide } from './programme-side.entity';
import { Programme } from './programme.entity';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Authorized()
  @Query(() => [Programme], { description: 'Programmes you may read.' })
  programmes(
    @Arg('status', () => ProgrammeStatus, { nullable: true }) status: ProgrammeStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Programme[]> {
    return ctx.services.programmes.list(signedIn(ctx), status);
  }

  @Authorized()
  @Query(() => Programme, {
    nullable: true,
    description: 'Null when missing or out of your scope.',
  })
  programme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Programme | null> {
    return ctx.services.programmes.get(signedIn(ctx), id);
  }

  @FieldResolver(() => [ProgrammeSide])
  sides(@Root() programme: Programme, @Ctx() ctx: Context) {
    return ctx.loaders.sidesByProgramme.load(programme.id);
  }

  @FieldResolver(() => [Partner])
  partners(@Root() programme: Programme, @Ctx() ctx: Context) {
    return ctx.loaders.partnersByProgramme.load(programme.id);
  }

  @FieldResolver(() => [User])
  async coordinators(@Root() programme: Programme, @Ctx() ctx: Context): Promise<User[]> {
    const links = await ctx.loaders.coordinatorsByProgramme.load(programme.id);
    const users = await ctx.loaders.user.loadMany(links.map((link) => link.userId));
    return users.filter((user): user is User => user instanceof User);
  }
}

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => ProgrammeSide)
  async side(@Root() partner: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.side.load(partner.sideId);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() partner: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(partner.organisationId);
  }
}
