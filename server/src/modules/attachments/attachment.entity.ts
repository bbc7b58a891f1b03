import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Event } from '../events/public';
import { TwinningRelation } from '../twinning/public';
import { User } from '../users/public';

/**
 * A file attached to an event (minutes, an attendance list, photos) or to a twinning relation
 * (the signed agreement). It belongs to exactly one of them, which the CHECK holds; its read
 * and change rules are that record's. The bytes live in the attachment store under
 * `storageKey`; the row says what they are.
 */
@ObjectType({
  description:
    'A file attached to an event or a twinning relation; download it from `downloadPath`.',
})
@Entity('attachment')
@Check('CHK_attachment_owner', '("eventId" IS NULL) <> ("twinningRelationId" IS NULL)')
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: Relation<Event>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  twinningRelationId: string | null;

  @ManyToOne(() => TwinningRelation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'twinningRelationId' })
  twinningRelation?: Relation<TwinningRelation>;

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
