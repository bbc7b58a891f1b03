import {
  ActionStatus,
  EventType,
  PartnerRole,
  ProgrammeStatus,
  TwinningKind,
} from '@spilno/shared';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';

// Types of their own, not the signed-in ones: whatever is added to Programme, Event or
// Organisation later cannot reach the public page by accident.

@ObjectType({ description: 'A side of a published programme.' })
export class PublicSide {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country: string;
}

@ObjectType({ description: 'A partner organisation of a published programme.' })
export class PublicPartner {
  @Field({ description: 'Official name of the organisation.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English, when known.' })
  nameEn: string | null;

  @Field({ description: 'Country of the organisation, ISO 3166-1 alpha-2.' })
  country: string;

  @Field(() => ID)
  sideId: string;

  @Field(() => PartnerRole)
  role: PartnerRole;
}

@ObjectType({ description: 'A top-level action of a published programme’s plan.' })
export class PublicAction {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => Float, { description: '0–100, rolled up from its sub-actions.' })
  progress: number;
}

@ObjectType({ description: 'A HELD event of a published programme with its outcomes.' })
export class PublicEvent {
  @Field(() => EventType)
  type: EventType;

  @Field()
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field({ description: 'IANA time zone it was held in.' })
  timeZone: string;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the organising organisation.' })
  organiser: string | null;

  @Field(() => String, { nullable: true, description: 'The closing report.' })
  outcomes: string | null;
}

@ObjectType({ description: 'One organisation of a public twinning relation.' })
export class PublicTwinningParty {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country: string;
}

@ObjectType({
  description:
    'An ACTIVE twinning relation grown in the programme: who, what kind, since when, in what.',
})
export class PublicTwinning {
  @Field(() => [PublicTwinningParty], { description: 'The two organisations.' })
  organisations: PublicTwinningParty[];

  @Field(() => TwinningKind)
  kind: TwinningKind;

  @Field(() => LocalDate, { nullable: true })
  since: string | null;

  @Field(() => [String], { description: 'Areas of cooperation.' })
  areas: string[];
}

@ObjectType({ description: 'What the public page of a published programme shows.' })
export class PublicProgramme {
  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field({ description: 'The language title and summary are shown in.' })
  language: string;

  @Field(() => [String], { description: 'Working languages, the original first.' })
  languages: string[];

  @Field(() => ProgrammeStatus)
  status: ProgrammeStatus;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => Float, { description: 'Weighted roll-up of the top-level actions, 0–100.' })
  overallProgress: number;

  @Field(() => [PublicSide])
  sides: PublicSide[];

  @Field(() => [PublicPartner])
  partners: PublicPartner[];

  /** Read for the overall progress already; `actions` answers the first of them. */
  topActions: PublicAction[];

  /** The programme's id, the language asked for and its original one, for the lists. */
  id: string;
  requested: string | null;
  original: string;
}
