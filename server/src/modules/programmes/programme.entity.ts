import { ProgrammeStatus } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';
import type { Translation } from '../../common/translation';

@ObjectType({ description: 'A multi-year cooperation programme signed by two or more sides.' })
@Entity('programme')
export class Programme extends EditableEntity {
  @Field({ description: 'Short unique code, e.g. KH-BE-2012.' })
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => ProgrammeStatus)
  @Index()
  @Column({
    type: 'enum',
    enum: ProgrammeStatus,
    enumName: 'programme_status',
    default: ProgrammeStatus.DRAFT,
  })
  status: ProgrammeStatus;

  @Field({ description: 'Whether the public programme page is online.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field({ description: 'ISO 4217 currency of budgets.' })
  @Column({ type: 'char', length: 3, default: 'EUR' })
  currency: string;

  @Field(() => [String], { description: 'Working languages, e.g. ["uk", "en"].' })
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  translations: Translation[];
}
