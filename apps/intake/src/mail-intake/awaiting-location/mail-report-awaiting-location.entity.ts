import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SealedBoxV1 } from '@loket/contracts';

/**
 * A report that came by mail without a place Loket could find: it waits here, not routed, until the sender gives
 * the place through the link in Loket's answer, and is forgotten after `LOKET_MAIL_LOCATION_DAYS`. The link's token
 * is kept only as a keyed hash; the sender's address only inside the box sealed for the feedback service.
 */
@Entity({ name: 'mail_reports_awaiting_location' })
@Index('idx_mail_reports_awaiting_location_expires_at', ['expiresAt'])
export class MailReportAwaitingLocationRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'PK_mail_reports_awaiting_location' })
  id!: string;

  @Index('uq_mail_reports_awaiting_location_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  /** The report's text as read from the mail (quoted replies and signature gone). */
  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'language', type: 'varchar', length: 2 })
  language!: 'nl' | 'en';

  /** The reporter's details with the tracking code, sealed for the feedback service: intake cannot open it. */
  @Column({ name: 'sealed_reporter', type: 'jsonb' })
  sealedReporter!: SealedBoxV1;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}

/** A photo of a waiting mail report, already cleaned of every piece of metadata (the mail's own bytes are never kept). */
@Entity({ name: 'mail_report_photos_awaiting_location' })
export class MailReportPhotoAwaitingLocationRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_mail_report_photos_awaiting_location' })
  reportId!: string;

  @PrimaryColumn({ name: 'position', type: 'smallint', primaryKeyConstraintName: 'PK_mail_report_photos_awaiting_location' })
  position!: number;

  @Column({ name: 'data', type: 'bytea' })
  data!: Buffer;

  @ManyToOne(() => MailReportAwaitingLocationRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_mail_report_photos_awaiting_location_report' })
  report?: MailReportAwaitingLocationRecord;
}

/**
 * The mails the door has taken, by a keyed hash of their Message-ID, so that a mail delivered again (a relay that
 * did not hear our "250") never makes a second report or a second answer. Kept as long as a report may wait.
 */
@Entity({ name: 'mail_messages_received' })
@Index('idx_mail_messages_received_received_at', ['receivedAt'])
export class MailMessageReceivedRecord {
  @PrimaryColumn({ name: 'message_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_mail_messages_received' })
  messageHash!: string;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
