import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type MessageChannel = 'email' | 'page';
/**
 * `pending` e-mail waits for the delivery worker, is `sending` while an attempt is under way (recorded before
 * anything leaves), then is `sent`, `failed` (rejected for good) or `cancelled` (the reporter no longer has an
 * address or consent); `page` is shown on the tracking page only.
 */
export type MessageStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'page';

/**
 * One message to one reporter, for one triggering event and stage. The unique key makes a redelivered or
 * replayed event write nothing new, so nothing is ever sent twice.
 */
@Entity({ name: 'reporter_messages' })
@Index('uq_reporter_messages_trigger', ['reportId', 'triggerEventId', 'stage'], { unique: true })
@Index('idx_reporter_messages_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('idx_reporter_messages_sending', ['sendingSince'], { where: `"status" = 'sending'` })
export class MessageRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'trigger_event_id', type: 'uuid' })
  triggerEventId!: string;

  @Column({ name: 'stage', type: 'varchar', length: 32 })
  stage!: string;

  /** The disclosure level the message was written at. */
  @Column({ name: 'level', type: 'smallint' })
  level!: number;

  @Column({ name: 'channel', type: 'varchar', length: 10 })
  channel!: MessageChannel;

  @Column({ name: 'language', type: 'varchar', length: 2 })
  language!: string;

  /** Encrypted (`FieldCipher`): a receipt's subject holds the tracking code. */
  @Column({ name: 'subject', type: 'text' })
  subject!: string;

  /** Encrypted (`FieldCipher`): it may hold the tracking code or a professional's words. */
  @Column({ name: 'body', type: 'text' })
  body!: string;

  @Column({ name: 'status', type: 'varchar', length: 10 })
  status!: MessageStatus;

  @Column({ name: 'attempts', type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  /** When the attempt under way began (status `sending`); after a crash it tells the attempt is in doubt. */
  @Column({ name: 'sending_since', type: 'timestamptz', nullable: true })
  sendingSince!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Where a reply to this e-mail goes, when the reporter may answer by replying (a question's own address); else null. */
  @Column({ name: 'reply_to', type: 'varchar', length: 254, nullable: true })
  replyTo!: string | null;

  /** When what the message tells happened (the stage's time): the tracking page's order. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
