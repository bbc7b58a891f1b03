import { ReviewDecision } from '@spilno/shared';
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
import { ProgressReport } from './progress-report.entity';

/** One review of a report: who decided what, when, and why. Kept, never edited. */
@ObjectType({ description: 'A review decision on a progress report, with its comment.' })
@Entity('progress_report_review')
export class ReportReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ProgressReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reportId' })
  report?: Relation<ProgressReport>;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorId' })
  author?: Relation<User>;

  @Field(() => ReviewDecision)
  @Column({ type: 'enum', enum: ReviewDecision, enumName: 'review_decision' })
  decision: ReviewDecision;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
