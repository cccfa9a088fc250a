import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The address a report is about, as a keyed hash only (HMAC-SHA256 of the normalised address): enough to see
 * that two cases concern one address, useless for reading the address back. Keyed by report; the report's
 * current case comes from `case_reports`, so links, unlinks and merges need nothing here.
 */
@Entity({ name: 'case_address_keys' })
@Index('idx_case_address_keys_key', ['addressKey'])
export class CaseAddressKeyRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'pk_case_address_keys' })
  reportId!: string;

  @Column({ name: 'address_key', type: 'char', length: 64 })
  addressKey!: string;
}
