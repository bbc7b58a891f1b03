import {
  Args,
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { PageType } from '../../common/pagination';
import { Organisation } from './organisation.entity';
import { OrganisationsArgs } from './organisation.inputs';

@ObjectType()
export class OrganisationPage extends PageType(Organisation) {}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  parent(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return organisation.parentId ? ctx.loaders.organisation.load(organisation.parentId) : null;
  }

  @Authorized()
  @Query(() => OrganisationPage, { description: 'The directory, filtered and paged.' })
  organisations(@Args() args: OrganisationsArgs, @Ctx() ctx: Context): Promise<OrganisationPage> {
    return ctx.services.organisations.list(args);
  }

  @Authorized()
  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organisations.get(id);
  }
}
