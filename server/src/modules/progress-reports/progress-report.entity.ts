import { ReportStatus } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import { Partner, Programme } from '../programmes/public';
import { User } from '../users/public';
import type { StoredContent } from './report-content.types';

/**
 * One partner's report for a period. Until it is submitted its content (actions, events,
 * attendees, indicators of the period) is computed from the live data; submitting stores
 * that content in `snapshot`, so later edits to the plan never rewrite what was reported.
 */
@ObjectType({ description: "A partner's progress report for a period." })
@Entity('progress_report')
@Index(['partnerId', 'periodStart'], { unique: true })
@Index(['programmeId', 'periodStart'])
export class ProgressReport extends EditableEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partnerId' })
  partner?: Relation<Partner>;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  periodStart: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  periodEnd: string;

  @Field({ description: 'What the partner did in the period, in its own words.' })
  @Column({ type: 'text', default: '' })
  narrative: string;

  @Field(() => ReportStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: ReportStatus,
    enumName: 'report_status',
    default: ReportStatus.DRAFT,
  })
  status: ReportStatus;

  @Field(() => Date, { nullable: true, description: 'The latest submission.' })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The first submission: whether the partner reported on time.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submittedById' })
  submittedBy?: Relation<User>;

  /** The content as submitted; null while the report is being written. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot: StoredContent | null;
}
