import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import { Organisation } from './organisation.entity';

/** pg returns numeric as a string; a share with one decimal is safe as a JS number. */
const share = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@ObjectType({
  description:
    'How many members an association declared as of a date, for when its members are not ' +
    'all listed one by one.',
})
@Entity('declared_members')
@Index(['associationId', 'asOf'], { unique: true })
export class DeclaredMembers extends EditableEntity {
  @Column({ type: 'uuid' })
  associationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'associationId' })
  association?: Relation<Organisation>;

  @Field(() => LocalDate, { description: 'The day the count describes.' })
  @Column({ type: 'date' })
  asOf: string;

  @Field(() => Int, { description: 'Members on that day.' })
  @Column({ type: 'integer' })
  count: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Councils that could be members on that day; else the region’s council count.',
  })
  @Column({ type: 'integer', nullable: true })
  eligibleCount: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The share as the source states it (per cent), when it states one.',
  })
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true, transformer: share })
  statedPercent: number | null;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  source: string | null;
}
