import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ReferralVia, RoutingOutcome } from '@loket/routing-policy';

/**
 * Where routing sent a referred or re-routed case, and why: the referral it answered, the policy version and rule that
 * decided, how the target was found (`via`) and the explanation a coordinator reads.
 */
@Entity({ name: 'case_reassignments' })
@Index('idx_case_reassignments_case_referred', ['caseId', 'referredAt'], { unique: true })
export class CaseReassignmentRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_case_reassignments' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'from_organisation', type: 'varchar', length: 64 })
  fromOrganisation!: string;

  @Column({ name: 'requested_organisation', type: 'varchar', length: 64, nullable: true })
  requestedOrganisation!: string | null;

  @Column({ name: 'reason', type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  @Column({ name: 'policy_id', type: 'varchar', length: 64 })
  policyId!: string;

  @Column({ name: 'policy_version', type: 'int' })
  policyVersion!: number;

  /** null when the fallback decided. */
  @Column({ name: 'rule_id', type: 'varchar', length: 64, nullable: true })
  ruleId!: string | null;

  /** How the policy answered the referral, or 'coordinator': a coordinator re-routed the case (no referral). */
  @Column({ name: 'via', type: 'varchar', length: 32 })
  via!: ReferralVia | 'coordinator';

  @Column({ name: 'outcome', type: 'jsonb' })
  outcome!: RoutingOutcome;

  @Column({ name: 'explanation', type: 'text' })
  explanation!: string;

  @Column({ name: 'reassigned_at', type: 'timestamptz' })
  reassignedAt!: Date;
}
