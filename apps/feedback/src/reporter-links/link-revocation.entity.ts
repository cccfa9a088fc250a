import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type LinkRevocationReason = 'used';

/**
 * The revocation list of single signed links, by token id (no token, no reporter data). A data link that did
 * its work (an export taken) is revoked at once; the row is pruned once the token would have expired anyway.
 * Revoking all of a reporter's links at once is `reporters.links_not_before`.
 */
@Entity({ name: 'revoked_reporter_links' })
@Index('idx_revoked_reporter_links_expiry', ['expiresAt'])
export class LinkRevocationRecord {
  @PrimaryColumn({ name: 'token_id', type: 'uuid' })
  tokenId!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'reason', type: 'varchar', length: 20 })
  reason!: LinkRevocationReason;

  @Column({ name: 'revoked_at', type: 'timestamptz' })
  revokedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
