import { MonitoringRoundStatus } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import { Programme } from '../programmes/public';
import { User } from '../users/public';

/**
 * A round of monitoring: the coordinators ask every partner, for a period, about its problems
 * and expectations (guided by the prompts); each partner answers with issues and marks its
 * answers submitted.
 */
@ObjectType({
  description: 'A round in which every partner reports its problems and expectations.',
})
@Entity('monitoring_round')
@Index(['programmeId', 'periodStart'])
export class MonitoringRound extends EditableEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => LocalDate, { description: 'First day of the period asked about, YYYY-MM-DD.' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field(() => LocalDate, { description: 'Last day of the period asked about, YYYY-MM-DD.' })
  @Column({ type: 'date' })
  periodEnd: string;

  @Field(() => [String], { description: 'Questions the partners are asked to answer.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  prompts: string[];

  @Field(() => MonitoringRoundStatus)
  @Column({
    type: 'enum',
    enum: MonitoringRoundStatus,
    enumName: 'monitoring_round_status',
    default: MonitoringRoundStatus.OPEN,
  })
  status: MonitoringRoundStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  openedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'openedById' })
  openedBy?: Relation<User>;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
