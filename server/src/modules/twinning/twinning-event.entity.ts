import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Event } from '../events/public';
import { TwinningRelation } from './twinning-relation.entity';

/** An event held under a twinning relation: a delegation's visit, a signing, a joint festival. */
@Entity('twinning_event')
export class TwinningEvent {
  @PrimaryColumn({ type: 'uuid' })
  relationId: string;

  @ManyToOne(() => TwinningRelation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'relationId' })
  relation?: Relation<TwinningRelation>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Relation<Event>;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;
}
