import { TwinningKind, TwinningStatus } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import { Organisation } from '../organisations/public';
import { Programme } from '../programmes/public';

@ObjectType({
  description: 'Someone to talk to about a twinning relation, at one of its two organisations.',
})
export class TwinningContact {
  @Field(() => ID, { description: 'One of the two organisations of the relation.' })
  organisationId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Position held, e.g. deputy mayor.' })
  position: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;
}

/**
 * A twinning relation between two organisations, normally across a border. There is one per
 * pair whichever way round: a unique index on the pair ordered by id (made by hand in the
 * migration, hence `synchronize: false`), and the service says so before the index must.
 * A relation may have grown in a programme; reading it then follows the programme's rules.
 */
@ObjectType({ description: 'A twinning relation between two organisations.' })
@Entity('twinning_relation')
@Check('CHK_twinning_relation_distinct', '"organisationAId" <> "organisationBId"')
@Check(
  'CHK_twinning_relation_proposer',
  '"proposingOrganisationId" IN ("organisationAId", "organisationBId")',
)
@Index('IDX_twinning_relation_pair', { synchronize: false })
@Index('IDX_twinning_relation_areas', { synchronize: false })
export class TwinningRelation extends EditableEntity {
  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  organisationAId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationAId' })
  organisationA?: Relation<Organisation>;

  @Field(() => ID)
  @Index()
  @Column({ type: 'uuid' })
  organisationBId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationBId' })
  organisationB?: Relation<Organisation>;

  @Field(() => ID, {
    description:
      'The organisation that proposed the relation, one of the two; only the other one, a coordinator of its programme or an admin makes it ACTIVE.',
  })
  @Index()
  @Column({ type: 'uuid' })
  proposingOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposingOrganisationId' })
  proposingOrganisation?: Relation<Organisation>;

  @Field(() => TwinningKind)
  @Column({ type: 'enum', enum: TwinningKind, enumName: 'twinning_kind' })
  kind: TwinningKind;

  @Field(() => TwinningStatus)
  @Index()
  @Column({ type: 'enum', enum: TwinningStatus, enumName: 'twinning_status' })
  status: TwinningStatus;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Since when the relation exists (signed, or first proposed).',
  })
  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Field(() => [String], { description: 'Areas of cooperation, e.g. culture, youth exchanges.' })
  @Column({ type: 'varchar', length: 80, array: true, default: () => "'{}'" })
  areas: string[];

  @Field(() => String, { nullable: true, description: 'What the relation is about.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [TwinningContact], { description: 'Contacts on each side.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: TwinningContact[];

  @Field(() => ID, { nullable: true, description: 'The programme it grew in, if any.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;
}
