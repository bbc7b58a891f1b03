import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { ProgrammeSide } from '../programmes/public';
import { Event } from './event.entity';

/** How many people came from one side of the programme to an event. */
@ObjectType({ description: 'Attendees of an event from one side of the programme.' })
@Entity('event_attendance')
export class EventAttendance {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Relation<Event>;

  @Field(() => ID)
  @Index()
  @PrimaryColumn({ type: 'uuid' })
  sideId: string;

  @ManyToOne(() => ProgrammeSide, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sideId' })
  side?: Relation<ProgrammeSide>;

  @Field(() => Int)
  @Column({ type: 'integer' })
  count: number;
}
