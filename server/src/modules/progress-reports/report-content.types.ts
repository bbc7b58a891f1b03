import { ActionStatus, EventType, IndicatorSource } from '@spilno/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/**
 * What a report contains besides the narrative, filled in from the data of its period.
 * Names and titles are copied in, so a submitted report reads as it did when submitted
 * even after actions, events or sides are renamed.
 */

@ObjectType({ description: 'One progress report on an action within the period.' })
export class ReportNote {
  @Field(() => Date)
  at: Date;

  @Field(() => Int)
  progress: number;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: "An action of the partner's whose progress changed in the period." })
export class ReportAction {
  @Field(() => ID)
  actionId: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Progress before the first change in the period.' })
  fromProgress: number;

  @Field(() => Int, { description: 'Progress after the last change in the period.' })
  toProgress: number;

  @Field(() => ActionStatus)
  fromStatus: ActionStatus;

  @Field(() => ActionStatus)
  toStatus: ActionStatus;

  @Field(() => [ReportNote], { description: 'The changes in the period, oldest first.' })
  notes: ReportNote[];
}

@ObjectType({ description: 'Attendees from one side of the programme.' })
export class ReportSideCount {
  @Field(() => ID)
  sideId: string;

  @Field()
  sideName: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'An event the partner organised and held in the period.' })
export class ReportEvent {
  @Field(() => ID)
  eventId: string;

  @Field(() => EventType)
  type: EventType;

  @Field()
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field()
  timeZone: string;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  outcomes: string | null;

  @Field(() => [ReportSideCount])
  attendees: ReportSideCount[];

  @Field(() => Int)
  totalAttendees: number;
}

@ObjectType({
  description: "A programme indicator: its value, and the partner's share in the period.",
})
export class ReportIndicator {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Float)
  target: number;

  @Field(() => Float, { description: "The programme's value when the content was taken." })
  achieved: number;

  @Field(() => IndicatorSource)
  source: IndicatorSource;

  @Field(() => Float, {
    nullable: true,
    description:
      "What the partner's events of the period added; null for indicators entered by hand.",
  })
  inPeriod: number | null;
}

@ObjectType({ description: 'The content of a report, filled in from the data of its period.' })
export class ReportContent {
  @Field(() => [ReportAction])
  actions: ReportAction[];

  @Field(() => [ReportEvent])
  events: ReportEvent[];

  @Field(() => [ReportSideCount], { description: "Attendees of the partner's events, per side." })
  attendeesBySide: ReportSideCount[];

  @Field(() => [ReportIndicator])
  indicators: ReportIndicator[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the content was frozen (the submission); null while it is computed live.',
  })
  frozenAt: Date | null;
}

/** Dates become ISO strings in JSON: the content as a jsonb column holds it. */
type Stored<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Stored<U>[]
    : T extends object
      ? { [K in keyof T]: Stored<T[K]> }
      : T;

export type StoredContent = Stored<ReportContent>;

/** The stored snapshot as the GraphQL types expect it, dates as dates again. */
export function hydrateContent(stored: StoredContent): ReportContent {
  return {
    ...stored,
    frozenAt: stored.frozenAt ? new Date(stored.frozenAt) : null,
    actions: stored.actions.map((action) => ({
      ...action,
      notes: action.notes.map((note) => ({ ...note, at: new Date(note.at) })),
    })),
    events: stored.events.map((event) => ({
      ...event,
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
    })),
  };
}

/** The content as the jsonb column keeps it. */
export function storeContent(content: ReportContent): StoredContent {
  return JSON.parse(JSON.stringify(content)) as StoredContent;
}
