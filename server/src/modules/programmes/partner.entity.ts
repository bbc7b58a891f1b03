import { PartnerRole } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { Organisation } from '../organisations/public';
import { ProgrammeSide } from './programme-side.entity';
import { Programme } from './programme.entity';

@ObjectType({ description: 'An organisation taking part in a programme, on one side.' })
@Entity('partner')
@Index(['programmeId', 'organisationId'], { unique: true })
export class Partner extends EditableEntity {
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Relation<Organisation>;

  @Index()
  @Column({ type: 'uuid' })
  sideId: string;

  @ManyToOne(() => ProgrammeSide, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sideId' })
  side?: Relation<ProgrammeSide>;

  @Field(() => PartnerRole)
  @Column({ type: 'enum', enum: PartnerRole, enumName: 'partner_role' })
  role: PartnerRole;
}
