import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { Action, decimal } from '../action/action.entity';
import { Programme } from '../programme/programme.entity';

@ObjectType({ description: 'A measurable target of a programme, e.g. "round tables held".' })
@Entity('indicator')
export class Indicator extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  /** Optional: the action the indicator measures. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne(() => Action, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field({ description: 'e.g. events, participants, agreements.' })
  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Field()
  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: decimal })
  target: number;

  @Field({ description: 'Entered by a coordinator.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0, transformer: decimal })
  achieved: number;
}
