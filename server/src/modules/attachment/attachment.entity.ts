import { Field, ID, Int, ObjectType } from 'type-graphql';
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
import { Event } from '../event/event.entity';
import { User } from '../user/user.entity';

/**
 * A file attached to an event: minutes, an attendance list, photos, a signed memorandum.
 * The bytes live in the attachment store under `storageKey`; the row says what they are.
 */
@ObjectType({ description: 'A file attached to an event; download it from `downloadPath`.' })
@Entity('attachment')
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Relation<Event>;

  @Field({ description: 'The name it was uploaded under, made safe to store and send back.' })
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Field({ description: 'Detected from the content, not taken from the upload.' })
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Column({ type: 'integer' })
  size: number;

  @Field({ description: 'SHA-256 of the content, in hex.' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Where the bytes are in the attachment store; never shown to clients. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  storageKey: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploadedById' })
  uploadedBy?: Relation<User>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
