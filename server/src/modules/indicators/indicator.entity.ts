import { EventType, IndicatorSource, TwinningKind, TwinningStatus } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { Action, decimal } from '../action-plan/public';
import { ProgrammeSide, Programme } from '../programmes/public';

@ObjectType({ description: 'A measurable target of a programme, e.g. "round tables held".' })
@Entity('indicator')
export class Indicator extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  /** Optional: the action the indicator measures. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne(() => Action, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'e.g. events, participants, agreements.' })
  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Field()
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: decimal })
  target: number;

  /** The entered value; what clients see as `achieved` is computed unless the source is ENTERED. */
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0, transformer: decimal })
  achieved: number;

  @Field(() => IndicatorSource, {
    description:
      'ENTERED by a coordinator, or computed from the HELD events or the twinning relations it counts.',
  })
  @Column({
    type: 'enum',
    enum: IndicatorSource,
    enumName: 'indicator_source',
    default: IndicatorSource.ENTERED,
  })
  source: IndicatorSource;

  @Field(() => [EventType], { description: 'Event types counted; empty counts every type.' })
  @Column({ type: 'enum', enum: EventType, enumName: 'event_type', array: true, default: '{}' })
  eventTypes: EventType[];

  /** ATTENDEES only: count the attendees of this side, not of all sides. */
  @Field(() => ID, { nullable: true, description: 'ATTENDEES: only those from this side.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  sideId: string | null;

  @ManyToOne(() => ProgrammeSide, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sideId' })
  side?: Relation<ProgrammeSide>;

  @Field(() => TwinningStatus, {
    nullable: true,
    description: 'TWINNING_RELATIONS: the status counted (ACTIVE: signed and in force).',
  })
  @Column({ type: 'enum', enum: TwinningStatus, enumName: 'twinning_status', nullable: true })
  twinningStatus: TwinningStatus | null;

  @Field(() => [TwinningKind], {
    description: 'TWINNING_RELATIONS: the kinds counted; empty counts every kind.',
  })
  @Column({
    type: 'enum',
    enum: TwinningKind,
    enumName: 'twinning_kind',
    array: true,
    default: '{}',
  })
  twinningKinds: TwinningKind[];
}
