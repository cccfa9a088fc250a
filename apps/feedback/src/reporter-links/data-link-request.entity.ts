import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A reporter asked for a link to export or erase their data, which was e-mailed to the address on file: what
 * limits how many they can ask for, and no more (the id is the sent link's token id; no address, no token).
 */
@Entity({ name: 'data_link_requests' })
@Index('idx_data_link_requests_report', ['reportId', 'requestedAt'])
export class DataLinkRequestRecord {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'purpose', type: 'varchar', length: 10 })
  purpose!: 'export' | 'erase';

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;
}
