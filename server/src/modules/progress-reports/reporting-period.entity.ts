import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import { Programme } from '../programmes/public';

/**
 * A period partners report on, e.g. a half-year, with the date the reports are due.
 * A programme's periods never overlap; a report names its period by its dates.
 */
@ObjectType({ description: 'A reporting period of a programme, with its due date.' })
@Entity('reporting_period')
@Index(['programmeId', 'startsOn'], { unique: true })
export class ReportingPeriod extends EditableEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => LocalDate, { description: 'Reports not submitted by this day are late.' })
  @Index()
  @Column({ type: 'date' })
  dueOn: string;
}
