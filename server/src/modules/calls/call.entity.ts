import { CallStatus } from '@spilno/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { LocalDate } from '../../common/scalars';

@ObjectType({ description: 'One criterion of a stage: its weight in the mean and its top score.' })
export class CallCriterion {
  @Field({ description: 'Unique within its stage; scores name it.' })
  name: string;

  @Field(() => Float, { description: 'Weight in the weighted mean, above 0.' })
  weight: number;

  @Field(() => Float, { description: 'The highest score an evaluator may give.' })
  maxScore: number;
}

@ObjectType({ description: 'A stage of the selection, e.g. the written application or a visit.' })
export class CallStage {
  @Field()
  name: string;

  @Field(() => [CallCriterion])
  criteria: CallCriterion[];
}

/**
 * A call for applications by groups of neighbouring organisations. Its stages and criteria
 * are kept with it (jsonb): they are read and replaced as a whole, never queried apart.
 */
@ObjectType({ description: 'A call for applications by groups of organisations.' })
@Entity('call')
export class Call extends EditableEntity {
  @Field({ description: 'Short unique code, e.g. SPACES-2020; the public page is /calls/<code>.' })
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => CallStatus)
  @Index()
  @Column({ type: 'enum', enum: CallStatus, enumName: 'call_status', default: CallStatus.DRAFT })
  status: CallStatus;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  opensOn: string;

  @Field(() => LocalDate, { description: 'The last day to submit, to its end in timeZone.' })
  @Column({ type: 'date' })
  closesOn: string;

  @Field({ description: 'IANA time zone the call closes in, e.g. Europe/Kyiv.' })
  @Column({ type: 'varchar', length: 64, default: 'Europe/Kyiv' })
  timeZone: string;

  @Field(() => Int, { description: 'Fewest organisations in an application, the lead included.' })
  @Column({ type: 'smallint' })
  minMembers: number;

  @Field(() => Int, { description: 'Most organisations in an application, the lead included.' })
  @Column({ type: 'smallint' })
  maxMembers: number;

  @Field(() => [CallStage])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  stages: CallStage[];

  @Field(() => [String], { description: 'What a selected group produces; actions at launch.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  deliverables: string[];
}
