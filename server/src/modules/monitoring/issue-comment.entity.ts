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

/**
 * One message in an issue's thread. A status change made with a comment leaves its comment
 * here too, marked with the status it moved the issue to, so the thread tells the whole story.
 * Never edited: the thread is a record of what was said.
 */
@ObjectType({ description: 'A message in an issue’s thread.' })
@Entity('issue_comment')
@Index(['issueId', 'at'])
export class IssueComment {
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
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => IssueStatus, {
    nullable: true,
    description: 'The status the issue moved to with this comment, if it came with a change.',
  })
  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status', nullable: true })
  movedTo: IssueStatus | null;
}
