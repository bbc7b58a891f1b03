import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Programme } from './programme.entity';

@ObjectType({ description: 'One side of a programme: a region and its country.' })
@Entity('programme_side')
@Index(['programmeId', 'position'], { unique: true })
export class ProgrammeSide {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => Int, { description: 'Order of the side within the programme.' })
  @Column({ type: 'integer' })
  position: number;
}
