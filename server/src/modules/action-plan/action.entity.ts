import { ActionStatus } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import type { Translation } from '../../common/translation';
import { Programme } from '../programmes/public';

/** Numeric columns come back from pg as strings; budgets are read as numbers. */
export const decimal = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An item of a programme's Action Plan. Leaves carry their own progress; a parent's
 * progress is the weighted roll-up of its children (see action-tree.ts).
 */
@ObjectType({
  description: 'An item of the Action Plan: a conference, a series of round tables, …',
})
@Entity('action')
@Index(['programmeId', 'code'], { unique: true })
export class Action extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Action>;

  @Field({ description: 'Unique within the programme, e.g. 1.2.' })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  translations: Translation[];

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDate)
  @Index()
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => ActionStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: ActionStatus,
    enumName: 'action_status',
    default: ActionStatus.PLANNED,
  })
  status: ActionStatus;

  /** Reported progress of a leaf; a parent's shown progress is computed. */
  @Column({ type: 'smallint', default: 0 })
  ownProgress: number;

  @Field({ description: "Share of the parent's progress this action carries (relative)." })
  @Column({ type: 'real', default: 1 })
  weight: number;

  @Field(() => Number, { nullable: true })
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: decimal })
  plannedBudget: number | null;

  @Field(() => Number, { nullable: true })
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: decimal })
  spentBudget: number | null;
}
