import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Organisation } from '../organisations/public';
import { Application } from './application.entity';
import { Call } from './call.entity';

/**
 * An organisation in an application, the lead included. `callId` is copied from the
 * application so that one unique index holds an organisation to one application per call.
 */
@Entity('call_application_member')
@Index('UQ_call_application_member_call_org', ['callId', 'organisationId'], { unique: true })
export class ApplicationMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: Relation<Application>;

  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'callId' })
  call?: Relation<Call>;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Relation<Organisation>;

  @Column({ type: 'boolean', default: false })
  isLead: boolean;

  /** When one of its users confirmed taking part; the lead's is its application's creation. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedById: string | null;
}
