import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Partner } from '../programmes/public';
import { Action } from './action.entity';

/** A partner responsible for an action. */
@Entity('action_responsible')
export class ActionResponsible {
  @PrimaryColumn({ type: 'uuid' })
  actionId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Action, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<Action>;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnerId' })
  partner?: Relation<Partner>;
}
