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
import { Partner } from '../programmes/public';
import { GeneratePeriodsArgs, ReportingPeriodInput } from './report.inputs';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingStatus } from './reporting-status';

@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  @Authorized()
  @Query(() => [ReportingPeriod], { description: "A programme's reporting periods, in order." })
  reportingPeriods(@Arg('programmeId', () => ID) programmeId: string, @Ctx() ctx: Context) {
    return ctx.services.reportingPeriods.list(signedIn(ctx), programmeId);
  }

  @Authorized()
  @Mutation(() => ReportingPeriod, { description: 'Coordinators define reporting periods.' })
  createReportingPeriod(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: ReportingPeriodInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reportingPeriods.create(signedIn(ctx), programmeId, input);
  }

  @Authorized()
  @Mutation(() => ReportingPeriod, {
    description: 'The dates of a period with reports cannot change; its due date can.',
  })
  updateReportingPeriod(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ReportingPeriodInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reportingPeriods.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes a period no report was written for.' })
  removeReportingPeriod(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reportingPeriods.remove(signedIn(ctx), id, version);
  }

  @Authorized()
  @Mutation(() => [ReportingPeriod], {
    description:
      "Fills the programme's span with periods (half-years by default), skipping any that " +
      'would overlap a period already defined. Answers all its periods.',
  })
  generateReportingPeriods(@Args() args: GeneratePeriodsArgs, @Ctx() ctx: Context) {
    return ctx.services.reportingPeriods.generate(signedIn(ctx), args);
  }
}

@Resolver(() => ReportingStatus)
export class ReportingStatusResolver {
  @Authorized()
  @Query(() => ReportingStatus, {
    description: 'Partners × reporting periods: each report’s status, and who is late.',
  })
  reportingStatus(@Arg('programmeId', () => ID) programmeId: string, @Ctx() ctx: Context) {
    return ctx.services.reportingStatus.forProgramme(signedIn(ctx), programmeId);
  }

  @FieldResolver(() => [Partner], { description: 'The partners of the grid, in order.' })
  partners(@Root() status: ReportingStatus, @Ctx() ctx: Context) {
    return ctx.loaders.partnersByProgramme.load(status.programmeId);
  }
}
