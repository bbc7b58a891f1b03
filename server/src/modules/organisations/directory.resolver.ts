import { LIST_LIMITS } from '@spilno/shared';
import { mayEditDirectory } from './organisation.policy';
import {
  Arg,
  Args,
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
import { ImportPreview } from '../../common/csv';
import { LimitArg } from '../../common/list-limit';
import { LocalDate } from '../../common/scalars';
import { Membership } from './membership.entity';
import { OrganisationInput } from './organisation-input';
import { Organisation } from './organisation.entity';
import { OrganisationsArgs } from './organisation.inputs';

@Resolver(() => Organisation)
export class DirectoryResolver {
  @FieldResolver(() => [Membership], {
    description: `For an association: its members, past and present, by the day they joined: the first ${LIST_LIMITS.members.default} unless \`limit\` asks for more (\`coverage.listedMembers\` counts the present ones).`,
  })
  members(
    @Root() organisation: Organisation,
    @LimitArg(LIST_LIMITS.members) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.membersByAssociation.load(organisation.id, limit);
  }

  @FieldResolver(() => [Membership], {
    description: `The associations it belongs or belonged to, by the day it joined: the first ${LIST_LIMITS.memberOf.default} unless \`limit\` asks for more.`,
  })
  memberOf(
    @Root() organisation: Organisation,
    @LimitArg(LIST_LIMITS.memberOf) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.membershipsByMember.load(organisation.id, limit);
  }

  @Authorized()
  @Query(() => String, { description: 'The directory (with the same filters) as CSV.' })
  exportOrganisations(@Args() args: OrganisationsArgs, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.directory.exportCsv(args);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => Organisation)
  createOrganisation(
    @Arg('input') input: OrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<Organisation> {
    return ctx.services.directory.create(signedIn(ctx), input);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => Organisation)
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: OrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<Organisation> {
    return ctx.services.directory.update(signedIn(ctx), id, version, input);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => ImportPreview, { description: 'Checks every row of a CSV; writes nothing.' })
  previewOrganisationImport(@Arg('csv') csv: string, @Ctx() ctx: Context): Promise<ImportPreview> {
    signedIn(ctx);
    return ctx.services.directory.previewImport(csv);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => ImportPreview, {
    description: 'Imports all rows or none; bad rows are named by line and field.',
  })
  importOrganisations(@Arg('csv') csv: string, @Ctx() ctx: Context): Promise<ImportPreview> {
    return ctx.services.directory.import(signedIn(ctx), csv);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => Membership)
  addMember(
    @Arg('associationId', () => ID) associationId: string,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('joinedOn', () => LocalDate) joinedOn: string,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return ctx.services.memberships.add(signedIn(ctx), associationId, memberId, joinedOn);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => Membership, {
    description: 'Sets (or clears, with null) the date a member left.',
  })
  endMembership(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('leftOn', () => LocalDate, { nullable: true }) leftOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Membership> {
    return ctx.services.memberships.end(signedIn(ctx), id, version, leftOn);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation)
  association(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(membership.associationId);
  }

  @FieldResolver(() => Organisation)
  member(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(membership.memberId);
  }
}
