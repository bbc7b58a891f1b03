import {
  associationCoverage,
  declaredPercent,
  LIST_LIMITS,
  OrganisationKind,
} from '@spilno/shared';
import { mayEditDirectory } from './organisation.policy';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { LimitArg } from '../../common/list-limit';
import { LocalDate } from '../../common/scalars';
import { DeclaredMembers } from './declared-members.entity';
import { DeclaredMembersInput } from './declared-members.inputs';
import { Organisation } from './organisation.entity';

export enum CoverageBasis {
  DECLARED = 'DECLARED',
  LISTED = 'LISTED',
}
registerEnumType(CoverageBasis, {
  name: 'CoverageBasis',
  description: 'Whether coverage counts a declared figure or the members listed one by one.',
});

@ObjectType({ description: "An association's members against the councils it could unite." })
export class Coverage {
  @Field(() => CoverageBasis)
  basis: CoverageBasis;

  @Field(() => Int, { description: 'The latest declared count, else the listed members.' })
  members: number;

  @Field(() => Int, { nullable: true, description: 'Councils that could be members, if known.' })
  councils: number | null;

  @Field(() => Float, { nullable: true, description: 'Per cent, one decimal (or as stated).' })
  percent: number | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The date of the declared figure; null for listed members (as of today).',
  })
  asOf: string | null;

  @Field(() => Int, { description: 'Members listed one by one today, shown beside.' })
  listedMembers: number;
}

@Resolver(() => Organisation)
export class CoverageResolver {
  @FieldResolver(() => Coverage, {
    nullable: true,
    description: 'For an association with a declared count or a known council count.',
  })
  async coverage(
    @Root() organisation: Organisation,
    @Ctx() ctx: Context,
  ): Promise<Coverage | null> {
    if (organisation.kind !== OrganisationKind.ASSOCIATION) return null;
    const [listedMembers, declared] = await Promise.all([
      ctx.loaders.memberCount.load(organisation.id),
      // Only the latest declared figure counts.
      ctx.loaders.declaredByAssociation.load(organisation.id, 1),
    ]);
    const coverage = associationCoverage({
      listedMembers,
      councilsInRegion: organisation.councilsInRegion,
      declared,
    });
    return coverage && { ...coverage, basis: CoverageBasis[coverage.basis] };
  }

  @FieldResolver(() => [DeclaredMembers], {
    description: `For an association: the member counts it declared, latest first: the latest ${LIST_LIMITS.declaredMembers.default} unless \`limit\` asks for more.`,
  })
  declaredMembers(
    @Root() organisation: Organisation,
    @LimitArg(LIST_LIMITS.declaredMembers) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.declaredByAssociation.load(organisation.id, limit);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => DeclaredMembers, {
    description: 'Records a member count an association declared; one per day.',
  })
  declareMembers(
    @Arg('associationId', () => ID) associationId: string,
    @Arg('input') input: DeclaredMembersInput,
    @Ctx() ctx: Context,
  ): Promise<DeclaredMembers> {
    return ctx.services.declaredMembers.declare(signedIn(ctx), associationId, input);
  }

  @Authorized(mayEditDirectory)
  @Mutation(() => Boolean, { description: 'Deletes a declared count entered by mistake.' })
  removeDeclaredMembers(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.declaredMembers.remove(signedIn(ctx), id);
  }
}

@Resolver(() => DeclaredMembers)
export class DeclaredMembersResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Per cent: as stated, else of the eligible (or the region’s) councils.',
  })
  async percent(@Root() figure: DeclaredMembers, @Ctx() ctx: Context): Promise<number | null> {
    const association = await ctx.loaders.organisation.load(figure.associationId);
    return declaredPercent(figure, association?.councilsInRegion ?? null);
  }
}
