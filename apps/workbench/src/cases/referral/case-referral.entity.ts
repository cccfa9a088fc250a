import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseRecord } from '../persistence/case.entity';

/**
 * A referral of a case by one organisation: why, when, at which case version, and (once routing decided)
 * where it went. It is also the referring organisation's read grant: the case's history up to `referred_at`.
 */
@Entity({ name: 'case_referrals' })
@Index('idx_case_referrals_case_referred', ['caseId', 'referredAt'])
@Index('idx_case_referrals_from_case', ['fromOrganisation', 'caseId'])
export class CaseReferralRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_case_referrals' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_referrals_case' })
  case?: CaseRecord;

  @Column({ name: 'from_organisation', type: 'varchar', length: 64 })
  fromOrganisation!: string;

  @Column({ name: 'from_team', type: 'varchar', length: 64 })
  fromTeam!: string;

  /** What the professional asked for; null: routing decides. */
  @Column({ name: 'requested_organisation', type: 'varchar', length: 64, nullable: true })
  requestedOrganisation!: string | null;

  /** Null until routing decided. */
  @Column({ name: 'to_organisation', type: 'varchar', length: 64, nullable: true })
  toOrganisation!: string | null;

  @Column({ name: 'reason', type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  /** The case version right after the referral: what the referring organisation last saw. */
  @Column({ name: 'referred_version', type: 'integer' })
  referredVersion!: number;

  @Column({ name: 'reassigned_at', type: 'timestamptz', nullable: true })
  reassignedAt!: Date | null;
}
