import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CaseStatus, Priority } from '@loket/contracts';

export interface CaseSla {
  amount: number;
  unit: 'hours' | 'days';
  calendar: 'working' | 'calendar';
}

/**
 * A case as the workbench works it. `version` is the optimistic-concurrency counter: every change is an
 * `UPDATE … WHERE version = <expected>`. The queue indexes serve `WHERE organisation = ? [AND status|team = ?]
 * ORDER BY opened_at DESC, id DESC` (PostgreSQL scans them backwards), and the coordinators' and "my cases"
 * views.
 */
@Entity({ name: 'cases' })
@Index('idx_cases_organisation_opened', ['organisation', 'openedAt', 'id'])
@Index('idx_cases_organisation_status_opened', ['organisation', 'status', 'openedAt', 'id'])
@Index('idx_cases_organisation_team_opened', ['organisation', 'team', 'openedAt', 'id'])
@Index('idx_cases_assignee_opened', ['assignee', 'openedAt', 'id'])
@Index('idx_cases_status_opened', ['status', 'openedAt', 'id'])
@Index('idx_cases_sla_warn_pending', ['slaWarnAt'], { where: `sla_warned_at IS NULL AND status NOT IN ('resolved', 'closed', 'waiting')` })
@Index('idx_cases_sla_breach_pending', ['dueAt'], { where: `sla_escalated_at IS NULL AND status NOT IN ('resolved', 'closed', 'waiting')` })
@Index('idx_cases_sla_escalated_opened', ['openedAt', 'id'], { where: 'sla_escalated_at IS NOT NULL' })
export class CaseRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'pk_cases' })
  id!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  @Column({ name: 'team', type: 'varchar', length: 64 })
  team!: string;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status!: CaseStatus;

  @Column({ name: 'version', type: 'integer' })
  version!: number;

  /** The Keycloak subject of the professional who has the case, if any. */
  @Column({ name: 'assignee', type: 'varchar', length: 100, nullable: true })
  assignee!: string | null;

  @Column({ name: 'priority', type: 'varchar', length: 16 })
  priority!: Priority;

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  @Column({ name: 'sensitivity', type: 'smallint' })
  sensitivity!: number;

  @Column({ name: 'sla', type: 'jsonb' })
  sla!: CaseSla;

  /** The effective due date: moved on by every pause (waiting) of the SLA clock. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** When the SLA watch warns that the case nears its due date (the configured lead before `due_at`). */
  @Column({ name: 'sla_warn_at', type: 'timestamptz', nullable: true })
  slaWarnAt!: Date | null;

  /** Since when the SLA clock stands still (the case is waiting); null while it runs. */
  @Column({ name: 'sla_paused_at', type: 'timestamptz', nullable: true })
  slaPausedAt!: Date | null;

  @Column({ name: 'sla_warned_at', type: 'timestamptz', nullable: true })
  slaWarnedAt!: Date | null;

  /** When the SLA watch escalated the breached case to the coordinators; the triage queue finds it by this. */
  @Column({ name: 'sla_escalated_at', type: 'timestamptz', nullable: true })
  slaEscalatedAt!: Date | null;

  @Column({ name: 'resolution_code', type: 'varchar', length: 64, nullable: true })
  resolutionCode!: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'routing_policy_id', type: 'varchar', length: 100 })
  routingPolicyId!: string;

  @Column({ name: 'routing_policy_version', type: 'integer' })
  routingPolicyVersion!: number;

  @Column({ name: 'routing_rule_id', type: 'varchar', length: 100, nullable: true })
  routingRuleId!: string | null;

  @Column({ name: 'routing_explanation', type: 'text' })
  routingExplanation!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
