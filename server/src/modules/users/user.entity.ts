import { EmailFrequency, Role } from '@spilno/shared';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableEntity } from '../../common/base.entity';
import { Organisation } from '../organisations/public';

@ObjectType({ description: 'A person who signs in to Spilno.' })
@Entity('user_account')
export class User extends EditableEntity {
  @Field({ description: 'Lower-cased; unique.' })
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => Role)
  @Index()
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  /** Never exposed: no @Field. argon2id PHC string. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field({ description: 'Deactivated users cannot sign in and lose their sessions.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The organisation a PARTNER works for; others may have one for information. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Relation<Organisation>;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Field(() => EmailFrequency, { description: 'How often notifications are sent by e-mail.' })
  @Column({
    type: 'enum',
    enum: EmailFrequency,
    enumName: 'email_frequency',
    default: EmailFrequency.IMMEDIATE,
  })
  emailFrequency: EmailFrequency;

  @Field({ description: 'The language of notifications and their e-mails (uk or en).' })
  @Column({ type: 'varchar', length: 8, default: 'uk' })
  language: string;
}

// The layers in common/ speak of the signed-in user without importing this module.
declare module '../../common/module-types' {
  interface ModuleTypes {
    user: User;
  }
}
