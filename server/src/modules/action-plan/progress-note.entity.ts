import { ActionStatus } from '@spilno/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
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
import { Action } from './action.entity';

@ObjectType({ description: 'One progress report on an action: who, when, from → to.' })
@Entity('action_progress_note')
export class ProgressNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  fromProgress: number;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  toProgress: number;

  @Field(() => ActionStatus)
  @Column({ type: 'enum', enum: ActionStatus, enumName: 'action_status' })
  fromStatus: ActionStatus;

  @Field(() => ActionStatus)
  @Column({ type: 'enum', enum: ActionStatus, enumName: 'action_status' })
  toStatus: ActionStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
