import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import { Organisation } from './organisation.entity';

@ObjectType({ description: "An organisation's membership of an association." })
@Entity('membership')
@Index(['associationId', 'memberId', 'joinedOn'], { unique: true })
export class Membership extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  associationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'associationId' })
  association?: Relation<Organisation>;

  @Index()
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Relation<Organisation>;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  joinedOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  leftOn: string | null;
}
