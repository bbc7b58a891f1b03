import { IssueStatus } from '@spilno/shared';
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
import { User } from '../users/public';
import { MonitoringIssue } from './monitoring-issue.entity';

/** One step of an issue's status history: from → to, by whom, when. Raising it is the first. */
@ObjectType({ description: 'A change of an issue’s status.' })
@Entity('issue_status_change')
@Index(['issueId', 'at'])
export class IssueStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  issueId: string;

  @ManyToOne(() => MonitoringIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issueId' })
  issue?: Relation<MonitoringIssue>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actorId' })
  actor?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => IssueStatus, { nullable: true, description: 'Null for the raising of the issue.' })
  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status', nullable: true })
  fromStatus: IssueStatus | null;

  @Field(() => IssueStatus)
  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status' })
  toStatus: IssueStatus;
}
