import { TwinningStatus } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { LocalDate } from '../../common/scalars';
import { User } from '../users/public';
import { TwinningRelation } from './twinning-relation.entity';

/**
 * One step of a relation's history: written with its creation and with every status change,
 * in the same transaction, and never edited. `effectiveOn` is when it happened (an agreement
 * signed last month is recorded today); `at` is when it was recorded.
 */
@ObjectType({ description: 'A status of a twinning relation: when, who, from → to, and why.' })
@Entity('twinning_status_change')
@Index(['relationId', 'at'])
export class TwinningStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  relationId: string;

  @ManyToOne(() => TwinningRelation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationId' })
  relation?: Relation<TwinningRelation>;

  @Field(() => TwinningStatus, { nullable: true, description: 'Null for the first entry.' })
  @Column({ type: 'enum', enum: TwinningStatus, enumName: 'twinning_status', nullable: true })
  fromStatus: TwinningStatus | null;

  @Field(() => TwinningStatus)
  @Column({ type: 'enum', enum: TwinningStatus, enumName: 'twinning_status' })
  toStatus: TwinningStatus;

  @Field(() => LocalDate, { description: 'When it happened.' })
  @Column({ type: 'date' })
  effectiveOn: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<User>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
