import { ApplicationStatus } from '@spilno/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { Organisation } from '../organisations/public';
import { Programme } from '../programmes/public';
import { Call } from './call.entity';

/** An application of a group of organisations to a call, led by one of them. */
@ObjectType({ description: 'An application of a group of organisations to a call.' })
@Entity('call_application')
export class Application extends EditableEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  callId: string;

  @ManyToOne(() => Call, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'callId' })
  call?: Relation<Call>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index()
  @Column({ type: 'uuid' })
  leadOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leadOrganisationId' })
  leadOrganisation?: Relation<Organisation>;

  @Field(() => String, { nullable: true, description: 'Why these neighbours, and what together.' })
  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Field(() => ApplicationStatus)
  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.DRAFT,
  })
  status: ApplicationStatus;

  @Field(() => Int, { description: 'The 1-based stage it is in.' })
  @Column({ type: 'smallint', default: 1 })
  stage: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason given with the latest decision (always with a rejection).',
  })
  @Column({ type: 'text', nullable: true })
  decisionComment: string | null;

  @Field(() => ID, { nullable: true, description: 'The programme launched from it, if any.' })
  @Column({ type: 'uuid', nullable: true, unique: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;
}
