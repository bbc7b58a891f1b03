import { IssueCategory, IssueKind, IssueSeverity, IssueStatus } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { Event } from '../events/public';
import { Organisation } from '../organisations/public';
import { Programme } from '../programmes/public';
import { User } from '../users/public';
import { MonitoringRound } from './monitoring-round.entity';

/**
 * A problem or an expectation of local self-government, raised by a partner organisation of a
 * programme and worked through by its coordinators. Every list filter has an index that starts
 * with the programme, since every list is one programme's.
 */
@ObjectType({ description: 'A problem or expectation raised by a partner organisation.' })
@Entity('monitoring_issue')
@Index(['programmeId', 'createdAt'])
@Index(['programmeId', 'status'])
@Index(['programmeId', 'kind'])
@Index(['programmeId', 'category'])
@Index(['programmeId', 'severity'])
@Index(['programmeId', 'raisedById'])
export class MonitoringIssue extends EditableEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field(() => IssueKind)
  @Column({ type: 'enum', enum: IssueKind, enumName: 'issue_kind' })
  kind: IssueKind;

  @Field(() => IssueCategory)
  @Column({ type: 'enum', enum: IssueCategory, enumName: 'issue_category' })
  category: IssueCategory;

  @Field(() => IssueSeverity)
  @Column({ type: 'enum', enum: IssueSeverity, enumName: 'issue_severity' })
  severity: IssueSeverity;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The partner organisation that raised it. */
  @Column({ type: 'uuid' })
  raisedById: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raisedById' })
  raisedBy?: Relation<Organisation>;

  /** The person who typed it in (a partner's staff member or a coordinator). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  reportedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reportedById' })
  reportedBy?: Relation<User>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'eventId' })
  event?: Relation<Event>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @ManyToOne(() => MonitoringRound, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'roundId' })
  round?: Relation<MonitoringRound>;

  @Field(() => IssueStatus)
  @Column({
    type: 'enum',
    enum: IssueStatus,
    enumName: 'issue_status',
    default: IssueStatus.OPEN,
  })
  status: IssueStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigneeId' })
  assignee?: Relation<User>;

  @Field(() => String, {
    nullable: true,
    description: 'How it was resolved or why it was dismissed; set when it is closed.',
  })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;
}
