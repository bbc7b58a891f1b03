import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../users/public';
import { Application } from './application.entity';

/**
 * One evaluator's score of one criterion of an application at one stage. A re-score by the
 * same evaluator replaces their scores of that stage (hence the unique index).
 */
@Entity('call_application_score')
@Index('UQ_call_application_score', ['applicationId', 'stage', 'evaluatorId', 'criterion'], {
  unique: true,
})
export class ApplicationScore {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: Relation<Application>;

  @Column({ type: 'smallint' })
  stage: number;

  @Index()
  @Column({ type: 'uuid' })
  evaluatorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluatorId' })
  evaluator?: Relation<User>;

  @Column({ type: 'varchar', length: 200 })
  criterion: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  scoredAt: Date;
}
