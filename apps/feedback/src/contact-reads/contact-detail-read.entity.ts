import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Why contact details were opened for a person (the delivery worker's sending is not logged here: see README). */
export type ContactReadPurpose = 'professional-request' | 'reporter-export';

/**
 * The audit log of contact-detail reads: who, of which organisation, when, why, about which reporter.
 * Written in the same transaction as the read; never holds the details themselves.
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

  /** The reader's Keycloak subject; null when the reporter read their own details through their link. */
  @Column({ name: 'reader_subject', type: 'varchar', length: 64, nullable: true })
  readerSubject!: string | null;

  @Column({ name: 'reader_username', type: 'varchar', length: 128, nullable: true })
  readerUsername!: string | null;

  @Column({ name: 'organisation', type: 'varchar', length: 64, nullable: true })
  organisation!: string | null;

  @Column({ name: 'reason', type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;
}
