import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Why contact details were opened for a person, or asked for (the delivery worker's sending is not logged here:
 * see README). `reporter-list` is only ever refused: listing a case's reporters shows no details.
 */
export type ContactReadPurpose = 'professional-request' | 'reporter-export' | 'reporter-list';
export const CONTACT_READ_PURPOSES: readonly ContactReadPurpose[] = ['professional-request', 'reporter-export', 'reporter-list'];

/** A read that happened, or an attempt that was refused (kept as well: a burst of refusals is what an investigator needs). */
export type ContactReadOutcome = 'read' | 'refused';
export const CONTACT_READ_OUTCOMES: readonly ContactReadOutcome[] = ['read', 'refused'];

/**
 * The audit log of contact-detail reads: who, of which organisation, when, why, about which reporter; and of
 * refused attempts, with the refusal. A read is written in the same transaction as the read, a refusal right
 * after the refused transaction; never holds the details themselves.
 */
@Entity({ name: 'contact_detail_reads' })
@Index('idx_contact_detail_reads_read_at', ['readAt'])
@Index('idx_contact_detail_reads_reporter', ['reporterRef', 'readAt'])
@Index('idx_contact_detail_reads_organisation', ['organisation', 'readAt'])
export class ContactDetailReadRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date;

  @Column({ name: 'purpose', type: 'varchar', length: 32 })
  purpose!: ContactReadPurpose;

  @Column({ name: 'outcome', type: 'varchar', length: 16, default: 'read' })
  outcome!: ContactReadOutcome;

  /** Why an attempt was refused (`not-found`, `no-consent`, …); null for a read. */
  @Column({ name: 'refusal', type: 'varchar', length: 64, nullable: true })
  refusal!: string | null;

  /** The reader's Keycloak subject; null when the reporter read their own details through their link. */
  @Column({ name: 'reader_subject', type: 'varchar', length: 64, nullable: true })
  readerSubject!: string | null;

  @Column({ name: 'reader_username', type: 'varchar', length: 128, nullable: true })
  readerUsername!: string | null;

  @Column({ name: 'organisation', type: 'varchar', length: 64, nullable: true })
  organisation!: string | null;

  @Column({ name: 'reason', type: 'varchar', length: 1000 })
  reason!: string;

  /** Null for a refused attempt that named no report (listing a case's reporters). */
  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId!: string | null;

  /** Null for a refused attempt on a reporter Loket does not know (or did not tell the caller of). */
  @Column({ name: 'reporter_ref', type: 'varchar', length: 80, nullable: true })
  reporterRef!: string | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;
}
