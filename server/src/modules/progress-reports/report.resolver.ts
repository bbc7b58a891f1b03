import {
  isReportEditable,
  isReportLate,
  isReportReviewable,
  LIST_LIMITS,
  ReviewDecision,
  todayIso,
} from '@spilno/shared';
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
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { IdempotencyKeyArg } from '../../common/idempotency';
import { nullIfNotFound } from '../../common/errors';
import { LimitArg } from '../../common/list-limit';
import { Partner } from '../programmes/public';
import { User } from '../users/public';
import { ProgressReport } from './progress-report.entity';
import { ReportAbilities } from './report-abilities';
import { reportAbilities } from './report.policy';
import { contentKey } from './report-content';
import { hydrateContent, ReportContent } from './report-content.types';
import { ReportReview } from './report-review.entity';
import { ProgressReportsArgs, ReportInput } from './report.inputs';
import { ReportingPeriod } from './reporting-period.entity';

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Authorized()
  @Query(() => [ProgressReport], {
    description: `A programme's reports you may read (drafts only your own), newest period first: ${LIST_LIMITS.progressReports.default} unless \`limit\` asks for more, from \`offset\`.`,
  })
  progressReports(@Args() args: ProgressReportsArgs, @Ctx() ctx: Context) {
    return ctx.services.reports.list(signedIn(ctx), args.programmeId, args, args);
  }

  @Authorized()
  @Query(() => ProgressReport, {
    nullable: true,
    description: 'Null when missing or out of scope.',
  })
  progressReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.reports.readable(signedIn(ctx), id).catch(nullIfNotFound);
  }

  @Authorized()
  @Mutation(() => ProgressReport, {
    description: "A partner starts its organisation's report for a period, as a draft.",
  })
  createProgressReport(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('input') input: ReportInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.create(
      signedIn(ctx),
      programmeId,
      partnerId,
      input,
      idempotencyKey,
    );
  }

  @Authorized()
  @Mutation(() => ProgressReport, { description: 'Only a draft or a report sent back.' })
  updateProgressReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: ReportInput,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.update(signedIn(ctx), id, version, input, idempotencyKey);
  }

  @Authorized()
  @Mutation(() => ProgressReport, {
    description: 'Sends the report for review and freezes its content.',
  })
  submitProgressReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.submit(signedIn(ctx), id, version);
  }

  @Authorized()
  @Mutation(() => ProgressReport, {
    description:
      "Coordinators approve a submitted report or send it back (with a comment); never their own organisation's.",
  })
  reviewProgressReport(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.review(signedIn(ctx), id, version, decision, comment);
  }

  @FieldResolver(() => Partner)
  async partner(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<Partner> {
    const partner = await ctx.loaders.partner.load(report.partnerId);
    if (!partner) throw new Error(`partner ${report.partnerId} missing`);
    return partner;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it last.' })
  submittedBy(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return report.submittedById ? ctx.loaders.user.load(report.submittedById) : null;
  }

  @FieldResolver(() => [ReportReview], {
    description: `Review decisions, oldest first: the latest ${LIST_LIMITS.reportReviews.default} unless \`limit\` asks for more.`,
  })
  reviews(
    @Root() report: ProgressReport,
    @LimitArg(LIST_LIMITS.reportReviews) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.reviewsByReport.load(report.id, limit);
  }

  @FieldResolver(() => ReportContent, {
    description:
      "The period's actions, events, attendees and indicators: live while the report is " +
      'written, as submitted once it is under review or approved.',
  })
  content(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<ReportContent> {
    if (report.snapshot && !isReportEditable(report.status)) {
      return Promise.resolve(hydrateContent(report.snapshot));
    }
    return ctx.loaders.reportContent.load(contentKey(report));
  }

  @FieldResolver(() => ReportingPeriod, {
    nullable: true,
    description: 'The reporting period with these dates, when the programme defines it.',
  })
  period(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return periodOf(report, ctx);
  }

  @FieldResolver(() => Boolean, {
    description: "Its period's due date passed and it has not been submitted.",
  })
  async late(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<boolean> {
    const period = await periodOf(report, ctx);
    const submitted = report.firstSubmittedAt?.toISOString() ?? null;
    return period ? isReportLate(period.dueOn, submitted, todayIso()) : false;
  }

  @FieldResolver(() => ReportAbilities)
  async viewerCan(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<ReportAbilities> {
    const partner = await this.partner(report, ctx);
    return reportAbilities(signedInViewer(ctx), report, partner.organisationId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may edit and submit it now: viewerCan.edit, and its status allows it.',
  })
  async canEdit(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<boolean> {
    return isReportEditable(report.status) && (await this.viewerCan(report, ctx)).edit;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may review it now: viewerCan.review, and its status allows it.',
  })
  async canReview(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<boolean> {
    return isReportReviewable(report.status) && (await this.viewerCan(report, ctx)).review;
  }
}

async function periodOf(report: ProgressReport, ctx: Context): Promise<ReportingPeriod | null> {
  const periods = await ctx.loaders.reportingPeriodsByProgramme.load(report.programmeId);
  return (
    periods.find((p) => p.startsOn === report.periodStart && p.endsOn === report.periodEnd) ?? null
  );
}

@Resolver(() => ReportReview)
export class ReportReviewResolver {
  @FieldResolver(() => User, { nullable: true })
  author(@Root() review: ReportReview, @Ctx() ctx: Context) {
    return review.authorId ? ctx.loaders.user.load(review.authorId) : null;
  }
}
