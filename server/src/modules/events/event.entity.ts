import { EventFormat, EventStatus, EventType } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import type { Translation } from '../../common/translation';
import { Action } from '../action-plan/public';
import { Partner, Programme } from '../programmes/public';

@ObjectType({ description: 'An agenda item or issue considered at an event, with its decision.' })
export class AgendaItem {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  decision: string | null;
}

/**
 * A conference, round table, workshop … of a programme. Start and end are instants; the
 * IANA zone it is held in is kept beside them, so it shows at its own wall-clock time and
 * a daylight-saving change never shifts it.
 */
@ObjectType({ description: 'An event held (or planned) under a programme.' })
@Entity('event')
@Index(['programmeId', 'startsAt'])
// Held events yet to start, which the tally views take back out (docs/read-model.md).
@Index('IDX_event_held_start', ['programmeId', 'startsAt'], { where: `"status" = 'HELD'` })
export class Event extends EditableEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field(() => EventType)
  @Index()
  @Column({ type: 'enum', enum: EventType, enumName: 'event_type' })
  type: EventType;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  translations: Translation[];

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'IANA time zone the event is held in, e.g. Europe/Kyiv.' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => EventFormat)
  @Column({
    type: 'enum',
    enum: EventFormat,
    enumName: 'event_format',
    default: EventFormat.IN_PERSON,
  })
  format: EventFormat;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  onlineLink: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organiserPartnerId: string | null;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiserPartnerId' })
  organiser?: Relation<Partner>;

  @Field(() => EventStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: EventStatus,
    enumName: 'event_status',
    default: EventStatus.PLANNED,
  })
  status: EventStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne(() => Action, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @Field(() => String, { nullable: true, description: 'The closing report.' })
  @Column({ type: 'text', nullable: true })
  outcomes: string | null;

  @Field(() => [AgendaItem], { description: 'Agenda items / issues considered, in order.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  agenda: AgendaItem[];
}
