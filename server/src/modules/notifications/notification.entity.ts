import { NotificationKind } from '@spilno/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../users/public';

/**
 * One thing one user is told, written in their language when it is created. `key` names the
 * occurrence it tells of, so a retried delivery or a reminder run twice adds no second row.
 */
@ObjectType({ description: 'Something that happened that the signed-in user is told of.' })
@Entity('notification')
@Index(['userId', 'readAt'])
@Index(['userId', 'createdAt'])
@Index(['userId', 'key'], { unique: true })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** The programme the record belongs to: digests group by it. No key: it outlives nothing. */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'The path of the app page of the record.' })
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When it went out by e-mail (alone or in a digest); null while it has not. */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;
}
