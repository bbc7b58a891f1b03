import { OrganisationKind } from '@spilno/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';

@ObjectType({ description: 'A council or other body: a partner, a member, a twinning party.' })
@Entity('organisation')
@Index(['country', 'kind'])
// Trigram index on the searchable names; created by hand in the migration (expression index).
@Index('IDX_organisation_search', { synchronize: false })
export class Organisation extends EditableEntity {
  @Field({ description: 'Official name, in the language of its country.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English, when known.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Field(() => OrganisationKind)
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'char', length: 2 })
  country: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  region: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parentId' })
  parent?: Relation<Organisation>;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For an association: how many councils its region has (for coverage).',
  })
  @Column({ type: 'integer', nullable: true })
  councilsInRegion: number | null;
}
