import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins counted per key ("email:<address>", "ip:<address>" or "device:<nonce>") in
 * a fixed window.
 * Kept in PostgreSQL so every server instance behind a balancer sees the same counts.
 */
@Entity('sign_in_throttle')
export class SignInThrottle {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'integer' })
  failures: number;

  @Column({ type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
