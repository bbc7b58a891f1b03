import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Partner } from '../programmes/public';
import { User } from '../users/public';
import { MonitoringRound } from './monitoring-round.entity';

/** A partner's mark that its answers to a round are complete. One per partner and round. */
@Entity('monitoring_round_submission')
export class RoundSubmission {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => MonitoringRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'roundId' })
  round?: Relation<MonitoringRound>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnerId' })
  partner?: Relation<Partner>;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submittedById' })
  submittedBy?: Relation<User>;
}
