import { IssueCategory, IssueSeverity, IssueStatus } from '@spilno/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { PublicTwinning } from '../public-site/public';

@ObjectType()
export class IssueCategoryCount {
  @Field(() => IssueCategory)
  category: IssueCategory;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'An open monitoring issue of high or critical severity.' })
export class SevereIssue {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => IssueCategory)
  category: IssueCategory;

  @Field(() => IssueSeverity)
  severity: IssueSeverity;

  @Field(() => IssueStatus)
  status: IssueStatus;

  @Field({ description: 'Name of the organisation that raised it.' })
  raisedBy: string;

  @Field(() => Date)
  raisedAt: Date;
}

@ObjectType({ description: 'Whether one partner reported on time for one period.' })
export class PartnerPunctuality {
  @Field(() => ID)
  partnerId: string;

  @Field({ description: 'Name of the partner organisation.' })
  organisation: string;

  @Field(() => ID)
  sideId: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the first submission came by the due date; null until submitted.',
  })
  submittedOnTime: boolean | null;

  @Field({ description: 'The due date passed and the partner has not submitted its report.' })
  late: boolean;
}

@ObjectType({ description: 'A reporting period with who reported on time.' })
export class PeriodPunctuality {
  @Field(() => ID)
  periodId: string;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => LocalDate)
  dueOn: string;

  @Field(() => [PartnerPunctuality])
  partners: PartnerPunctuality[];
}

@ObjectType({
  description: 'Twinning, monitoring and reporting at a glance, for the printed progress report.',
})
export class ProgrammeCooperation {
  @Field(() => [PublicTwinning], { description: 'ACTIVE twinning relations, oldest first.' })
  activeTwinning: PublicTwinning[];

  @Field(() => [IssueCategoryCount], { description: 'Every category, in the enum order.' })
  issuesByCategory: IssueCategoryCount[];

  @Field(() => [SevereIssue], {
    description:
      'Issues not resolved or dismissed of HIGH or CRITICAL severity, worst then oldest first: the first 20.',
  })
  severeOpenIssues: SevereIssue[];

  @Field(() => Int, { description: 'How many such issues there are, listed or not.' })
  severeOpenIssueCount: number;

  @Field(() => [PeriodPunctuality], { description: 'Reporting periods in order.' })
  reporting: PeriodPunctuality[];
}
