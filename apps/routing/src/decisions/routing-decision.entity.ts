import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RoutingInput, RoutingOutcome } from '@loket/routing-policy';

/** Why a report went where it went: the policy version, the rule, and the full explanation. */
export type StoredRoutingInput = Omit<RoutingInput, 'submittedAt'> & { submittedAt: string };

@Entity({ name: 'routing_decisions' })
@Index('idx_routing_decisions_case', ['caseId'])
@Index('idx_routing_decisions_decided_at', ['decidedAt'])
export class RoutingDecisionRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'policy_id', type: 'varchar', length: 64 })
  policyId!: string;

  @Column({ name: 'policy_version', type: 'int' })
  policyVersion!: number;

  @Column({ name: 'rule_id', type: 'varchar', length: 64, nullable: true })
  ruleId!: string | null;

  @Column({ name: 'outcome', type: 'jsonb' })
  outcome!: RoutingOutcome;

  @Column({ name: 'explanation', type: 'jsonb' })
  explanation!: unknown;

  @Column({ name: 'explanation_text', type: 'text' })
  explanationText!: string;

  /** What was decided on, so a draft policy can be simulated against recent reports. */
  @Column({ name: 'input', type: 'jsonb' })
  input!: StoredRoutingInput;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;
}
