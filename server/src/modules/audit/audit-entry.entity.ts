import { AuditAction } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What changed in one field: values as they were stored, before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Who did what to which record. Written in the transaction of the change itself; a database
 * trigger refuses UPDATE and DELETE, so nobody (not even an admin) can rewrite history.
 */
@ObjectType({ description: 'One change to one record, written with the change itself.' })
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** No foreign key: the log outlives the accounts it mentions. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => AuditAction)
  @Index()
  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Field({ description: 'The kind of record, e.g. User, Programme.' })
  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  entityId: string;

  @Field(() => String, { nullable: true, description: 'A human label of the record at the time.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  summary: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChange[];
}
