import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reporter of one report, as only the feedback service knows them. Contact details are encrypted
 * (`FieldCipher`, key id inside the value); the tracking code is kept as its SHA-256 only.
 */
@Entity({ name: 'reporters' })
@Index('uq_reporters_reporter_ref', ['reporterRef'], { unique: true })
@Index('uq_reporters_tracking_code_hash', ['trackingCodeHash'], { unique: true })
@Index('idx_reporters_subject_key', ['subjectKey'])
export class ReporterRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'tier', type: 'varchar', length: 20 })
  tier!: string;

  @Column({ name: 'language', type: 'varchar', length: 2 })
  language!: string;

  @Column({ name: 'consent_to_contact', type: 'boolean' })
  consentToContact!: boolean;

  @Column({ name: 'tracking_code_hash', type: 'char', length: 64 })
  trackingCodeHash!: string;

  /** The code's last group (`…-HC9F`): how later messages name the report without the code itself. */
  @Column({ name: 'tracking_code_hint', type: 'varchar', length: 16 })
  trackingCodeHint!: string;

  /** `{ name?, email?, phone? }` as JSON, encrypted; null when the reporter left none. */
  @Column({ name: 'contact_details', type: 'text', nullable: true })
  contactDetails!: string | null;

  /** Whether there is an e-mail address to write to: planning needs to know without decrypting. */
  /** Encrypted; only until the receipt is planned (see ReceiptCodeKeeper). */
  @Column({ name: 'receipt_tracking_code', type: 'text', nullable: true })
  receiptTrackingCode!: string | null;

  @Column({ name: 'has_email', type: 'boolean' })
  hasEmail!: boolean;

  /** When the report was received (the contact event's time): the start of this reporter's timeline. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The `reporter.contact-submitted` event: the trigger of the receipt message. */
  @Column({ name: 'registered_event_id', type: 'uuid' })
  registeredEventId!: string;

  /** May a professional of the organisation holding the case ask for the contact details (audited)? */
  @Column({ name: 'consent_to_professional_contact', type: 'boolean', default: false })
  consentToProfessionalContact!: boolean;

  /** Set when the reporter withdrew consent to be e-mailed: no more e-mail; the tracking page still works. */
  @Column({ name: 'emails_withdrawn_at', type: 'timestamptz', nullable: true })
  emailsWithdrawnAt!: Date | null;

  /** Set when the reporter asked for erasure: contact details and free text are gone, their links revoked. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  /** Set when the reporter revoked their links: every link issued before it opens nothing. */
  @Column({ name: 'links_not_before', type: 'timestamptz', nullable: true })
  linksNotBefore!: Date | null;

  /**
   * A signed-in reporter's subject as a keyed hash (HMAC-SHA256 with LOKET_HASH_KEY), so they can list their own
   * reports ("my reports") and nobody can tell from the table who they are; null for anonymous reporters.
   */
  @Column({ name: 'subject_key', type: 'char', length: 64, nullable: true })
  subjectKey!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
