import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { LocalDate } from '../../common/scalars';
import { Organisation } from '../organisations/public';
import { Programme } from './programme.entity';

@ObjectType({ description: 'A person who signed the programme on behalf of an organisation.' })
@Entity('programme_signatory')
export class ProgrammeSignatory {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  person: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  position: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Relation<Organisation>;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  signedOn: string | null;
}
