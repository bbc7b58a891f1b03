import { Field, ObjectType } from 'type-graphql';
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
import { Programme } from '../programmes/public';
import { User } from '../users/public';

/**
 * A personal secret link to one programme's calendar feed, for calendar apps that cannot
 * send a session cookie. Only a hash of the token is kept; the link is shown once.
 */
@ObjectType({ description: 'Your secret calendar link of a programme (the link is shown once).' })
@Entity('calendar_feed')
@Index(['userId', 'programmeId'], { unique: true })
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @Index()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programmeId' })
  programme?: Relation<Programme>;

  /** SHA-256 of the token. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a calendar app last read it.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
